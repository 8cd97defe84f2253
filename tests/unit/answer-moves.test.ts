import { describe, expect, it } from 'vitest';
import { answerMoves, moveAnswerRecord, moveAnswers, movedKey } from '../../src/lib/answer-moves';

const prefix = 'course:v1:answers:';
const oldKey = `${prefix}section/kinds-of-decisions/technical-or-adaptive`;
const newKey = `${prefix}section/kinds-of-decisions/technical-or-adaptive-reflection`;

const storeOf = (entries: Record<string, string>) => {
  const map = new Map(Object.entries(entries));
  return {
    map,
    read: (k: string) => map.get(k) ?? null,
    write: (k: string, v: string) => void map.set(k, v),
    remove: (k: string) => void map.delete(k),
    keys: () => [...map.keys()],
  };
};

// Stored exactly as the course wrote them before the move (fixtures of the old format).
const reflection = JSON.stringify({ v: 'Attendance keeps coming back; we treated it as technical.', at: 1764000000000 });
const sorted = JSON.stringify({ v: { 'family-events': 'technical' }, at: 1764000000000 });

describe('moving answers of renamed blocks', () => {
  it("moves a written reflection from the shared key to the prompt's new id", () => {
    const s = storeOf({ [oldKey]: reflection });
    expect(moveAnswers(s, prefix)).toEqual(['section/kinds-of-decisions/technical-or-adaptive']);
    expect(Object.fromEntries(s.map)).toEqual({ [newKey]: reflection });
  });

  it("leaves the sort tool's answer where it is: the sort keeps the id", () => {
    const s = storeOf({ [oldKey]: sorted });
    expect(moveAnswers(s, prefix)).toEqual([]);
    expect(Object.fromEntries(s.map)).toEqual({ [oldKey]: sorted });
  });

  it('never overwrites an answer already under the new id, and does nothing the second time', () => {
    const newer = JSON.stringify({ v: 'Written after the move', at: 1765000000000 });
    const s = storeOf({ [oldKey]: reflection, [newKey]: newer });
    expect(moveAnswers(s, prefix)).toEqual([]);
    expect(s.map.get(newKey)).toBe(newer);
    const once = storeOf({ [oldKey]: reflection });
    moveAnswers(once, prefix);
    const after = Object.fromEntries(once.map);
    expect(moveAnswers(once, prefix)).toEqual([]);
    expect(Object.fromEntries(once.map)).toEqual(after);
  });

  it("leaves an unreadable value for the store's quarantine", () => {
    const s = storeOf({ [oldKey]: '{not json' });
    expect(moveAnswers(s, prefix)).toEqual([]);
    expect(s.map.get(oldKey)).toBe('{not json');
  });

  it('moves only to ids that are stable ids of the same lesson', () => {
    const examples = [
      ...answerMoves.flatMap((m) => ('from' in m ? [m.from] : [])),
      'scenario/harmon-high/predict/leadership-team/diagnosis',
      'scenario/harmon-high/predict/community/proposal',
      'scenario/harmon-high/compare/teachers-and-students',
      'scenario/harmon-high/reveal/proposals',
      'scenario/harmon-high/build/members',
      'scenario/harmon-high/build/plan',
    ];
    // Every move is exercised by an example.
    expect(new Set(examples.map((k) => movedKey(k)?.move)).size).toBe(answerMoves.length);
    for (const from of examples) {
      const to = movedKey(from)?.to ?? '';
      expect(to.split('/').slice(0, 2)).toEqual(from.split('/').slice(0, 2));
      expect(to.split('/')[2]).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(to.split('/')).toHaveLength(3);
      // A moved key is never moved again.
      expect(movedKey(to)).toBeUndefined();
    }
  });
});

describe('moving a record of answers (files, the LMS) by the same table', () => {
  const saved = (v: unknown) => ({ v, at: 1 });
  const from = 'section/kinds-of-decisions/technical-or-adaptive';
  const to = 'section/kinds-of-decisions/technical-or-adaptive-reflection';

  it('returns a new record with the answer under its new id, nothing dropped, idempotent', () => {
    const input = { [from]: saved('A reflection'), 'activity/trust/one-step': saved('Untouched') };
    const { answers, moved } = moveAnswerRecord(input);
    expect(moved).toEqual([from]);
    expect(answers).toEqual({ [to]: saved('A reflection'), 'activity/trust/one-step': saved('Untouched') });
    expect(input[from]).toEqual(saved('A reflection'));
    expect(moveAnswerRecord(answers)).toEqual({ answers, moved: [] });
  });

  it('keeps both when the new id is taken, and a value of another shape where it is', () => {
    const both = { [from]: saved('Old'), [to]: saved('New') };
    expect(moveAnswerRecord(both)).toEqual({ answers: both, moved: [] });
    const sorted = { [from]: saved({ 'family-events': 'technical' }) };
    expect(moveAnswerRecord(sorted)).toEqual({ answers: sorted, moved: [] });
  });
});

describe("moving a committee lab's pieces to stable ids", () => {
  const lab = `${prefix}scenario/harmon-high/`;
  const text = (v: string) => JSON.stringify({ v, at: 1764000000000 });
  const ids = (...v: string[]) => JSON.stringify({ v, at: 1764000000000 });

  it('moves every piece, for any committee, and leaves questions and other lessons alone', () => {
    const s = storeOf({
      [`${lab}predict/inner-circle/diagnosis`]: text('Motivation'),
      [`${lab}predict/inner-circle/proposal`]: text('Tutoring'),
      [`${lab}compare/inner-circle`]: text('Not what I expected'),
      [`${lab}reveal/proposals`]: ids('inner-circle'),
      [`${lab}build/members`]: ids('devers', 'olivera'),
      [`${lab}build/plan`]: text('Hear the quiet first'),
      [`${lab}first-reading`]: text('Unchanged'),
      [`${lab}compare-scenarios`]: text('A question: unchanged'),
      [`${prefix}scenario/other-lab/build/plan`]: text('Another lab'),
      'course:v1:progress:scenario/harmon-high': JSON.stringify({ visited: 1 }),
    });
    expect(moveAnswers(s, prefix).sort()).toEqual(
      [
        'scenario/harmon-high/predict/inner-circle/diagnosis',
        'scenario/harmon-high/predict/inner-circle/proposal',
        'scenario/harmon-high/compare/inner-circle',
        'scenario/harmon-high/reveal/proposals',
        'scenario/harmon-high/build/members',
        'scenario/harmon-high/build/plan',
        'scenario/other-lab/build/plan',
      ].sort(),
    );
    expect(Object.fromEntries(s.map)).toEqual({
      [`${lab}predict-inner-circle-diagnosis`]: text('Motivation'),
      [`${lab}predict-inner-circle-proposal`]: text('Tutoring'),
      [`${lab}compare-inner-circle`]: text('Not what I expected'),
      [`${lab}reveal-proposals`]: ids('inner-circle'),
      [`${lab}build-members`]: ids('devers', 'olivera'),
      [`${lab}build-plan`]: text('Hear the quiet first'),
      [`${lab}first-reading`]: text('Unchanged'),
      [`${lab}compare-scenarios`]: text('A question: unchanged'),
      [`${prefix}scenario/other-lab/build-plan`]: text('Another lab'),
      'course:v1:progress:scenario/harmon-high': JSON.stringify({ visited: 1 }),
    });
    const after = Object.fromEntries(s.map);
    expect(moveAnswers(s, prefix)).toEqual([]);
    expect(Object.fromEntries(s.map)).toEqual(after);
  });

  it('keeps an answer already under the new id, a value of another shape, and keys outside the old paths', () => {
    const entries = {
      [`${lab}build/members`]: ids('devers'),
      [`${lab}build-members`]: ids('olivera'),
      [`${lab}build/plan`]: ids('not', 'a', 'text'),
      [`${lab}predict/Bad_Id/diagnosis`]: text('Not a committee id'),
      [`${lab}predict/x/summary`]: text('Not a piece'),
      [`${prefix}activity/trust/build/plan`]: text('Not a lab'),
    };
    const s = storeOf(entries);
    expect(moveAnswers(s, prefix)).toEqual([]);
    expect(Object.fromEntries(s.map)).toEqual(entries);
  });

  it('moves a record of answers by the same table: a new record, nothing dropped, idempotent', () => {
    const saved = (v: unknown) => ({ v, at: 1 });
    const input = {
      'scenario/harmon-high/predict/community/diagnosis': saved('Motivation'),
      'scenario/harmon-high/reveal/proposals': saved(['community']),
      'scenario/harmon-high/build/plan': saved('Old plan'),
      'scenario/harmon-high/build-plan': saved('Newer plan'),
      'section/kinds-of-decisions/technical-or-adaptive': saved('A reflection'),
      'activity/trust/one-step': saved('Untouched'),
    };
    const frozen = structuredClone(input);
    const { answers, moved } = moveAnswerRecord(input);
    expect(input).toEqual(frozen);
    expect(moved.sort()).toEqual(
      ['scenario/harmon-high/predict/community/diagnosis', 'scenario/harmon-high/reveal/proposals', 'section/kinds-of-decisions/technical-or-adaptive'].sort(),
    );
    expect(answers).toEqual({
      'scenario/harmon-high/predict-community-diagnosis': saved('Motivation'),
      'scenario/harmon-high/reveal-proposals': saved(['community']),
      // The new id is taken: both stay, as in storage.
      'scenario/harmon-high/build/plan': saved('Old plan'),
      'scenario/harmon-high/build-plan': saved('Newer plan'),
      'section/kinds-of-decisions/technical-or-adaptive-reflection': saved('A reflection'),
      'activity/trust/one-step': saved('Untouched'),
    });
    expect(moveAnswerRecord(answers)).toEqual({ answers, moved: [] });
  });
});
