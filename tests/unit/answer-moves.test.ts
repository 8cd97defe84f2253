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
    const examples = [...answerMoves.flatMap((m) => ('from' in m ? [m.from] : []))];
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
