import { describe, expect, it } from 'vitest';
import { makePortfolio, mergePortfolio, readPortfolio, type PortfolioData } from '../../src/lib/portfolio';
import { buildResults, compareAnswer, STORED_SURVEY_VERSION, type StoredResponse, type StoredSurvey } from '../../src/lib/survey/collect';
import { emptyDraft, parseDraft } from '../../src/lib/survey/draft';
import { readSurveyHash } from '../../src/lib/survey/link';
import { encodeSurvey, surveyLink } from '../../src/lib/survey/share';
import { defaultQuestions, peopleFromRows, rosterFromCells } from '../../src/lib/survey/setup';
import { checkAnswer } from '../../src/lib/survey/answer';
import { definitionFromWire, definitionToWire, type SurveyDefinition } from '../../src/lib/survey/survey';
import { createRecipientKeys } from '../../src/lib/transport/keys';

const keys = await createRecipientKeys();
const people = [
  { id: 'pa', name: 'Ana Ruiz', role: 'Principal', group: 'Office', formal: true },
  { id: 'pb', name: 'Ben <b>Okafor</b>', role: 'Teacher', group: 'Grade 3', formal: false },
  { id: 'pc', name: 'Carla Jensen', role: 'Coach', group: 'Mathematics', formal: true },
];
const definition: SurveyDefinition = {
  id: 'svtest',
  schoolName: 'Lincoln',
  publicKey: keys.publicKey,
  anonymous: false,
  personal: false,
  people,
  questions: defaultQuestions(),
};
const stored: StoredSurvey = {
  v: STORED_SURVEY_VERSION,
  ...definition,
  privateKey: keys.privateKey,
  tokens: { pa: 'tokentokentoken1' },
  codes: { pa: 'ABC234', pb: 'XYZ789' },
  createdAt: 1,
};

describe('survey link', () => {
  it('round-trips the survey, and a personal link names its person', async () => {
    const read = await readSurveyHash(`#s=${encodeSurvey(definition)}`);
    expect(read).toEqual({ ok: true, survey: definition });
    const personal = new URL(surveyLink(definition, 'https://x.org/survey/answer/', { person: 'pa', token: 'tokentokentoken1' }));
    expect(await readSurveyHash(personal.hash)).toMatchObject({ ok: true, me: { person: 'pa', token: 'tokentokentoken1' } });
  });

  it('refuses damaged, cut and newer links with a message, and ignores pages without one', async () => {
    const code = encodeSurvey(definition);
    expect(await readSurveyHash('#plan=1')).toBeNull();
    expect(await readSurveyHash(`#s=${code.slice(0, -10)}`)).toMatchObject({ ok: false, message: expect.stringMatching(/damaged or was cut short/) });
    expect(await readSurveyHash(`#s=z2.${code.slice(3)}`)).toMatchObject({ ok: false, message: expect.stringMatching(/newer version/) });
    expect(await readSurveyHash('#s=garbage')).toMatchObject({ ok: false });
    expect(definitionFromWire({ ...(definitionToWire(definition) as object), p: [['pa', 'Ana', '', '', 2]] })).toMatchObject({ ok: false });
  });
});

describe('links made by earlier versions', () => {
  it('still opens the v1 survey link kept as a fixture, and its answers open with its key', async () => {
    const { readFile } = await import('node:fs/promises');
    const code = (await readFile('tests/fixtures/survey-link-v1.txt', 'utf8')).trim();
    const privateKey = (await readFile('tests/fixtures/survey-link-v1.key', 'utf8')).trim();
    const read = await readSurveyHash(`#s=${code}`);
    expect(read?.ok && read.survey.people.length).toBe(40);
    if (!read?.ok) return;
    const { open, seal } = await import('../../src/lib/transport/envelope');
    const sealed = await seal({ hello: 1 }, { kind: 'survey', channel: read.survey.id, publicKey: read.survey.publicKey });
    expect(await open(sealed, { kind: 'survey', channel: read.survey.id, privateKey })).toMatchObject({ ok: true, payload: { hello: 1 } });
  });
});

describe('checking an answer', () => {
  const answer = (extra: object) => ({
    v: 1,
    s: 'svtest',
    who: 'pb',
    a: {
      math: [
        ['pc', 4],
        ['pa', 2],
      ],
    },
    ...extra,
  });

  it('keeps a good answer and drops choices of unknown people, of oneself and repeats', () => {
    const checked = checkAnswer(
      answer({
        a: {
          math: [
            ['pc', 4],
            ['pb', 3],
            ['zz', 1],
            ['pc', 2],
          ],
        },
      }),
      definition,
      stored,
    );
    expect(checked).toEqual({ ok: true, answer: { person: 'pb', answers: { math: [['pc', 4]] }, dropped: 3 } });
  });

  it('refuses another survey, an unknown person, a wrong token, too many choices and junk', () => {
    expect(checkAnswer(answer({ s: 'other' }), definition, stored)).toMatchObject({ ok: false, problem: 'wrong-survey' });
    expect(checkAnswer(answer({ who: 'nobody' }), definition, stored)).toMatchObject({ ok: false, problem: 'unknown-person' });
    const personal = { ...definition, personal: true };
    expect(checkAnswer(answer({ who: 'pa', tok: 'guessed' }), personal, stored)).toMatchObject({ ok: false, problem: 'wrong-token' });
    expect(checkAnswer(answer({ who: 'pa', tok: 'tokentokentoken1' }), personal, stored)).toMatchObject({ ok: true });
    const many = Array.from({ length: 6 }, () => ['pc', 1]);
    expect(checkAnswer(answer({ a: { math: many } }), definition, stored)).toMatchObject({ ok: false, problem: 'too-large' });
    for (const junk of [null, 'x', { v: 1 }, answer({ a: { math: 'pc' } }), answer({ a: { math: [['pc', 9]] } })])
      expect(checkAnswer(junk, definition, stored)).toMatchObject({ ok: false });
  });

  it('matches an anonymous code without case or spaces', () => {
    const anonymous = { ...definition, anonymous: true };
    expect(checkAnswer(answer({ who: null, code: ' xyz 789 ' }), anonymous, stored)).toMatchObject({ ok: true, answer: { person: 'pb' } });
    expect(checkAnswer(answer({ who: null, code: 'NOPE00' }), anonymous, stored)).toMatchObject({ ok: false, problem: 'unknown-person' });
  });
});

describe('collecting', () => {
  const response = (person: string, sealedAt: number, answers: StoredResponse['answers']): StoredResponse => ({
    v: 1,
    survey: 'svtest',
    person,
    answers,
    sealedAt,
    receivedAt: 5,
    via: 'paste',
    replaced: 0,
  });

  it('tells a new, a later, the same and an older answer apart', () => {
    const kept = response('pb', 100, {});
    expect(compareAnswer(undefined, 1)).toBe('new');
    expect(compareAnswer(kept, 101)).toBe('replace');
    expect(compareAnswer(kept, 100)).toBe('same');
    expect(compareAnswer(kept, 99)).toBe('older');
  });

  it('builds the results the network view reads', () => {
    const results = buildResults(stored, [response('pb', 1, { math: [['pc', 4]], discipline: [['pa', 2]] }), response('pc', 1, { math: [['pb', 1]] })]);
    expect(results.respondents).toEqual(['pb', 'pc']);
    expect(results.ties).toEqual([
      { from: 'pb', to: 'pc', question: 'math', frequency: 4 },
      { from: 'pb', to: 'pa', question: 'discipline', frequency: 2 },
      { from: 'pc', to: 'pb', question: 'math', frequency: 1 },
    ]);
  });
});

describe('roster', () => {
  it('reads a header row in any order, yes/no in many spellings, and says what it left out', () => {
    const read = rosterFromCells([
      ['Department', 'Name', 'Formal leader', 'Role'],
      ['Office', 'Ana Ruiz', 'Yes', 'Principal'],
      ['Grade 3', '', 'no', 'Teacher'],
      ['Grade 3', 'Dev Patel', 'x', 'Teacher'],
      ['', '', '', ''],
      ['Grade 4', 'Eve Martin', 'no', 'Teacher'],
    ]);
    expect(read.rows).toEqual([
      { name: 'Ana Ruiz', role: 'Principal', group: 'Office', formal: true },
      { name: 'Dev Patel', role: 'Teacher', group: 'Grade 3', formal: true },
      { name: 'Eve Martin', role: 'Teacher', group: 'Grade 4', formal: false },
    ]);
    expect(read.skipped).toEqual(['Line 3 has no name.']);
    expect(rosterFromCells([['Kim Novak', 'Specialist', 'Specialists', 'no']]).rows).toEqual([
      { name: 'Kim Novak', role: 'Specialist', group: 'Specialists', formal: false },
    ]);
  });

  it('reads a first line whose role is "Teacher" as a person, not as column names', () => {
    expect(
      rosterFromCells([
        ['Ana Ruiz', 'teacher'],
        ['Ben Ode', 'teacher'],
        ['Cy Lin', 'coach'],
      ]).rows.map((r) => [r.name, r.role]),
    ).toEqual([
      ['Ana Ruiz', 'teacher'],
      ['Ben Ode', 'teacher'],
      ['Cy Lin', 'coach'],
    ]);
    // Column names with one the course does not know are still column names.
    expect(
      rosterFromCells([
        ['Name', 'Role', 'Notes'],
        ['Dev Patel', 'Teacher', 'new this year'],
      ]).rows,
    ).toEqual([{ name: 'Dev Patel', role: 'Teacher', group: '', formal: false }]);
  });

  it('keeps the id of a name already on the roster', () => {
    const again = peopleFromRows([{ name: 'carla jensen', role: 'Coach', group: 'Maths', formal: true }], people);
    expect(again[0]?.id).toBe('pc');
  });
});

describe('the respondent’s draft', () => {
  it('reads what was saved and survives damage', () => {
    expect(parseDraft(JSON.stringify({ consent: true, who: 'pb', code: '', answers: { math: [['pc', 4], ['pa', 7], 'x'] } }))).toEqual({
      consent: true,
      who: 'pb',
      code: '',
      answers: { math: [['pc', 4]] },
    });
    expect(parseDraft('{')).toEqual(emptyDraft());
    expect(parseDraft(null)).toEqual(emptyDraft());
  });
});

describe('the workbook file carries surveys', () => {
  const data: PortfolioData = {
    answers: {},
    progress: {},
    surveys: {
      surveys: { svtest: stored },
      responses: {
        'svtest/pb': { v: 1, survey: 'svtest', person: 'pb', answers: { math: [['pc', 4]] }, sealedAt: 10, receivedAt: 11, via: 'file', replaced: 0 },
      },
    },
  };

  it('exports and reads back a survey with its key and answers', async () => {
    const file = await makePortfolio(data, { siteVersion: 'test' });
    const read = await readPortfolio(JSON.stringify(file));
    expect(read.ok && read.file.data.surveys).toEqual(data.surveys);
  });

  it('still reads a file from before surveys existed', async () => {
    const old = await readPortfolio(await (await import('node:fs/promises')).readFile('tests/fixtures/portfolio-lab-v1.json', 'utf8'));
    expect(old.ok).toBe(true);
  });

  it('never drops a survey’s key on a replacing import, and keeps the later of two answers', () => {
    const replaced = mergePortfolio(data, { answers: {}, progress: {} }, 'replace');
    expect(replaced.next.surveys?.surveys['svtest']?.privateKey).toBe(keys.privateKey);
    const later = { ...data.surveys!.responses['svtest/pb']!, sealedAt: 20, answers: { math: [['pa', 1]] as [string, 1][] } };
    const merged = mergePortfolio(data, { answers: {}, progress: {}, surveys: { surveys: {}, responses: { 'svtest/pb': later } } }, 'merge');
    expect(merged.next.surveys?.responses['svtest/pb']?.sealedAt).toBe(20);
  });
});
