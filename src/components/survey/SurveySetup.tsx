/**
 * The leader's survey setup: school, staff roster (typed, pasted from a spreadsheet or read
 * from a CSV file), questions, and how staff answer (one link for everyone, or a personal link
 * each; names or codes). Every change saves at once (src/stores/survey.ts). The keys are made
 * when the survey starts; the private key never leaves this browser except in the workbook's
 * own export and backup.
 */
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import type { SurveyPerson, SurveyQuestion } from '../../lib/survey/model';
import { definitionOf, STORED_SURVEY_VERSION, type StoredSurvey } from '../../lib/survey/collect';
import { surveyLink } from '../../lib/survey/share';
import { defaultQuestions, newCode, newPersonId, newToken, peopleFromRows, randomText, rosterFromCells } from '../../lib/survey/setup';
import { MAX_CHOICES, MAX_PEOPLE, MAX_QUESTIONS } from '../../lib/survey/survey';
import { createRecipientKeys } from '../../lib/transport/keys';
import { $surveyMeta, $surveyResponses, $surveys, saveSurvey } from '../../stores/survey';
import { QrCode } from '../providers/QrCode';
import { useHydrated } from '../worksheet/useAnswer';

interface Props {
  answerPath: string;
  collectPath: string;
}

/** Every person has a token and a code, made once: switching modes later needs no new slips for those already given. */
function withSecrets(s: StoredSurvey): StoredSurvey {
  const tokens = { ...s.tokens };
  const codes = { ...s.codes };
  const taken = new Set(Object.values(codes));
  for (const p of s.people) {
    tokens[p.id] ??= newToken();
    if (!codes[p.id]) {
      let code = newCode();
      while (taken.has(code)) code = newCode();
      taken.add(code);
      codes[p.id] = code;
    }
  }
  return { ...s, tokens, codes };
}

async function parseCells(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' });
  return parsed.data.filter((row) => Array.isArray(row)).map((row) => row.map((c) => String(c ?? '')));
}

export default function SurveySetup({ answerPath, collectPath }: Props) {
  const hydrated = useHydrated();
  const surveys = useStore($surveys);
  const meta = useStore($surveyMeta);
  const responses = useStore($surveyResponses);
  const survey = hydrated && meta['current'] ? surveys[meta['current']] : undefined;
  const [pasted, setPasted] = useState('');
  const [note, setNote] = useState('');
  const [starting, setStarting] = useState(false);

  const start = async () => {
    setStarting(true);
    try {
      const keys = await createRecipientKeys();
      saveSurvey({
        v: STORED_SURVEY_VERSION,
        id: `sv${randomText(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
        schoolName: '',
        people: [],
        questions: defaultQuestions(),
        anonymous: false,
        personal: false,
        ...keys,
        tokens: {},
        codes: {},
        createdAt: Date.now(),
      });
      setNote('');
    } catch {
      setNote('The survey’s keys could not be made in this browser. Try another browser, or reload the page.');
    } finally {
      setStarting(false);
    }
  };

  // Asleep (client:interaction): the start button is real HTML, pressed again once the island
  // wakes; with a survey saved the island wakes as the page loads and says so meanwhile.
  if (!hydrated || !survey) {
    return (
      <div className="survey-setup">
        <p className="while-inert">Loading your survey…</p>
        <button type="button" className="primary survey-start" disabled={starting} onClick={() => void start()}>
          Start a survey
        </button>
        {note && <p className="notice error">{note}</p>}
      </div>
    );
  }

  const update = (change: Partial<StoredSurvey>) => saveSurvey(withSecrets({ ...survey, ...change }));
  const setPerson = (i: number, change: Partial<SurveyPerson>) => update({ people: survey.people.map((p, j) => (j === i ? { ...p, ...change } : p)) });
  const setQuestion = (i: number, change: Partial<SurveyQuestion>) =>
    update({ questions: survey.questions.map((q, j) => (j === i ? { ...q, ...change } : q)) });

  const addRows = async (text: string, mode: 'add' | 'replace') => {
    const { rows, skipped } = await (async () => rosterFromCells(await parseCells(text)))();
    if (rows.length === 0) {
      setNote(
        skipped.length
          ? `No one was added: ${skipped.join(' ')}`
          : 'No names were found. Put one person per line: name, role, department or grade, formal leader (yes or no).',
      );
      return;
    }
    const base = mode === 'replace' ? [] : survey.people;
    const people = [...base, ...peopleFromRows(rows, survey.people)].slice(0, MAX_PEOPLE);
    update({ people });
    setNote(
      `${mode === 'replace' ? 'The roster now has' : 'Added'} ${rows.length} ${rows.length === 1 ? 'person' : 'people'}.${skipped.length ? ` Left out: ${skipped.join(' ')}` : ''}`,
    );
    setPasted('');
  };

  const origin = typeof location === 'undefined' ? '' : location.origin;
  const answerUrl = new URL(answerPath, origin || 'http://localhost').href;
  const ready = survey.people.length >= 2 && survey.questions.length > 0;
  const definition = definitionOf(survey);
  const sharedLink = surveyLink(definition, answerUrl);
  const collected = Object.values(responses).filter((r) => r?.survey === survey.id).length;
  const printPart = (what: 'sheet' | 'slips') => {
    document.body.dataset.surveyPrint = what;
    addEventListener('afterprint', () => delete document.body.dataset.surveyPrint, { once: true });
    window.print();
  };

  return (
    <div className="survey-setup">
      <div className="no-print">
        <fieldset className="survey-box">
          <legend>School</legend>
          <label>
            School name
            <input type="text" value={survey.schoolName} maxLength={200} onChange={(e) => update({ schoolName: e.target.value })} />
          </label>
        </fieldset>

        <fieldset className="survey-box">
          <legend>Staff roster ({survey.people.length})</legend>
          <p className="survey-hint">
            Everyone who will answer, and everyone they might name. Formal leaders hold a position such as principal, coach or department head.
          </p>
          {survey.people.length > 0 && (
            <table className="survey-roster">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Department or grade</th>
                  <th scope="col">Formal leader</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {survey.people.map((p, i) => (
                  <tr key={p.id}>
                    <td>
                      <input aria-label={`Name, row ${i + 1}`} value={p.name} maxLength={200} onChange={(e) => setPerson(i, { name: e.target.value })} />
                    </td>
                    <td>
                      <input
                        aria-label={`Role of ${p.name || `row ${i + 1}`}`}
                        value={p.role}
                        maxLength={200}
                        onChange={(e) => setPerson(i, { role: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Department or grade of ${p.name || `row ${i + 1}`}`}
                        value={p.group}
                        maxLength={200}
                        onChange={(e) => setPerson(i, { group: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${p.name || `Row ${i + 1}`} holds a formal leadership position`}
                        checked={p.formal}
                        onChange={(e) => setPerson(i, { formal: e.target.checked })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={`Remove ${p.name || `row ${i + 1}`}`}
                        onClick={() => update({ people: survey.people.filter((_, j) => j !== i) })}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            disabled={survey.people.length >= MAX_PEOPLE}
            onClick={() =>
              update({ people: [...survey.people, { id: newPersonId(), name: `Person ${survey.people.length + 1}`, role: '', group: '', formal: false }] })
            }
          >
            Add a person
          </button>
          <label className="survey-paste">
            Paste from a spreadsheet, or type one person per line (name, role, department or grade, formal leader yes or no)
            <textarea rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </label>
          <div className="row survey-actions">
            <button type="button" disabled={!pasted.trim()} onClick={() => void addRows(pasted, 'add')}>
              Add these people
            </button>
            <button type="button" disabled={!pasted.trim()} onClick={() => void addRows(pasted, 'replace')}>
              Replace the roster with these
            </button>
            <label className="button">
              Read a CSV file…
              <input
                type="file"
                accept=".csv,.tsv,.txt,text/csv,text/plain"
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (!file) return;
                  if (file.size > 1_000_000) return setNote('That file is far larger than a staff roster, so it was not read.');
                  void file.text().then(
                    (t) => addRows(t, survey.people.length ? 'add' : 'replace'),
                    () => setNote('That file could not be read.'),
                  );
                }}
              />
            </label>
          </div>
          <p role="status">{note}</p>
        </fieldset>

        <fieldset className="survey-box">
          <legend>Questions</legend>
          <p className="survey-hint">
            Each question asks whom the person goes to for advice, up to a number of colleagues, and how often. The first three follow Activity 2.
          </p>
          <ol className="survey-questions">
            {survey.questions.map((q, i) => (
              <li key={q.id}>
                <label>
                  Question {i + 1}
                  <textarea rows={2} value={q.prompt} maxLength={400} onChange={(e) => setQuestion(i, { prompt: e.target.value })} />
                </label>
                <div className="row survey-question-options">
                  <label>
                    Up to
                    <input
                      type="number"
                      min={1}
                      max={MAX_CHOICES}
                      value={q.maxChoices}
                      onChange={(e) => {
                        const n = Math.round(Number(e.target.value));
                        if (n >= 1 && n <= MAX_CHOICES) setQuestion(i, { maxChoices: n });
                      }}
                    />
                    colleagues
                  </label>
                  <label>
                    <input type="checkbox" checked={q.optional} onChange={(e) => setQuestion(i, { optional: e.target.checked })} /> Optional
                  </label>
                  <button
                    type="button"
                    disabled={survey.questions.length <= 1}
                    onClick={() => update({ questions: survey.questions.filter((_, j) => j !== i) })}
                  >
                    Remove question {i + 1}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button
            type="button"
            disabled={survey.questions.length >= MAX_QUESTIONS}
            onClick={() =>
              update({
                questions: [
                  ...survey.questions,
                  {
                    id: `q${randomText(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
                    prompt: 'When you want advice about …, whom do you go to?',
                    maxChoices: 5,
                    optional: true,
                  },
                ],
              })
            }
          >
            Add a question
          </button>
        </fieldset>

        <fieldset className="survey-box">
          <legend>How staff answer</legend>
          <label>
            <input type="radio" name="survey-links" checked={!survey.personal} onChange={() => update({ personal: false })} /> One link for everyone: each
            person picks their own name (fast; on trust)
          </label>
          <label>
            <input type="radio" name="survey-links" checked={survey.personal} onChange={() => update({ personal: true })} /> A personal link for each person,
            with a secret only they hold (nobody can answer as someone else)
          </label>
          <label>
            <input type="checkbox" checked={survey.anonymous} onChange={(e) => update({ anonymous: e.target.checked })} /> Respondents type a code from a slip
            instead of picking their name
          </label>
        </fieldset>
      </div>

      <section className="survey-share" aria-labelledby="survey-share-title">
        <h2 id="survey-share-title" className="no-print">
          Share the survey
        </h2>
        {!ready ? (
          <p className="notice no-print">Add at least two people to the roster to make the survey’s link.</p>
        ) : (
          <>
            {/* A personal survey has no code for everyone: on paper it is the slips alone. */}
            <div className={survey.personal ? 'survey-sheet no-print' : 'survey-sheet'} id="survey-sheet">
              <p className="survey-sheet-title">{survey.schoolName || 'Our school'}: whom do you go to for advice?</p>
              <p className="print-only">
                Scan the code with your phone’s camera, or type the link. It takes about five minutes. Your answers go only to the person who asked, never to a
                server.
              </p>
              {!survey.personal && <QrCode text={sharedLink} label="QR code of the survey link" />}
              {!survey.personal && (
                <label className="survey-link-field">
                  <span className="no-print">The survey link</span>
                  <textarea readOnly rows={3} value={sharedLink} onFocus={(e) => e.currentTarget.select()} />
                </label>
              )}
              {survey.personal && <p className="no-print">Each person gets their own link: print their slips, or copy each link into an e-mail.</p>}
            </div>
            <div className="row no-print survey-actions">
              {!survey.personal && (
                <button
                  type="button"
                  onClick={() => {
                    // A slide for the staff meeting's projector: the code, large, until Escape.
                    document
                      .getElementById('survey-sheet')
                      ?.requestFullscreen()
                      .catch(() => setNote('This browser would not show the code full screen. Print the sheet instead, or zoom in.'));
                  }}
                >
                  Show the code full screen
                </button>
              )}
              {!survey.personal && (
                <button type="button" onClick={() => printPart('sheet')}>
                  Print the sheet for the staff room
                </button>
              )}
              {(survey.personal || survey.anonymous) && (
                <button type="button" onClick={() => printPart('slips')}>
                  Print a slip for each person
                </button>
              )}
              <a className="button primary" href={collectPath}>
                Collect answers ({collected} so far)
              </a>
            </div>
            {(survey.personal || survey.anonymous) && (
              <details className="survey-slips-list no-print">
                <summary>Each person’s {survey.personal ? 'link' : 'code'}</summary>
                <ul>
                  {survey.people.map((p) => (
                    <li key={p.id}>
                      {p.name}: {survey.anonymous && <code>{survey.codes[p.id]}</code>}{' '}
                      {survey.personal && (
                        <input
                          aria-label={`Personal link for ${p.name}`}
                          readOnly
                          value={surveyLink(definition, answerUrl, { person: p.id, token: survey.tokens[p.id] ?? '' })}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {(survey.personal || survey.anonymous) && (
              <div className="survey-slips print-only">
                {survey.people.map((p) => (
                  <div className="survey-slip" key={p.id}>
                    <p>
                      <strong>{p.name}</strong>: {survey.schoolName} advice survey
                    </p>
                    {survey.anonymous && (
                      <p>
                        Your code: <strong>{survey.codes[p.id]}</strong>
                      </p>
                    )}
                    {survey.personal ? (
                      <>
                        <QrCode
                          text={surveyLink(definition, answerUrl, { person: p.id, token: survey.tokens[p.id] ?? '' })}
                          label={`QR code of ${p.name}'s personal link`}
                        />
                        <p className="survey-slip-note">Scan the code with your phone’s camera to answer. This code is yours alone: do not pass it on.</p>
                      </>
                    ) : (
                      <>
                        <QrCode text={sharedLink} label="QR code of the survey link" />
                        <p className="survey-slip-note">Scan the code with your phone’s camera, and type your code where the survey asks for it.</p>
                      </>
                    )}
                  </div>
                ))}
              </div>
            )}
          </>
        )}
      </section>
      <div className="no-print">
        <h2>Keep the key</h2>
        <p>
          Only this browser can open the answers. If you change computers or clear the browser’s data, export your workbook first (My workbook → Download
          everything): the file carries this survey’s key and the answers collected.
        </p>
        <button
          type="button"
          onClick={() => {
            if (confirm('Start a new survey? This one stays saved in this browser, with its answers.')) void start();
          }}
        >
          Start a new survey
        </button>
      </div>
    </div>
  );
}
