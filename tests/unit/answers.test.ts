import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { savedAnswer, valueFor } from '../../src/blocks/answers';
import { isAnswered } from '../../src/blocks/completeness';
import { formatTime, parseTime } from '../../src/blocks/video-notes/time';

const saved = (v: unknown) => ({ v, at: 1 });

describe('isAnswered', () => {
  it('ignores whitespace-only text and empty lists', () => {
    expect(isAnswered({ type: 'text' }, saved('   '))).toBe(false);
    expect(isAnswered({ type: 'text' }, saved('An answer'))).toBe(true);
    expect(isAnswered({ type: 'list' }, saved(['', ' ']))).toBe(false);
    expect(isAnswered({ type: 'list' }, saved(['', 'fire drill']))).toBe(true);
    expect(isAnswered({ type: 'text' }, undefined)).toBe(false);
  });

  it('counts a grid once any cell is filled', () => {
    expect(isAnswered({ type: 'grid' }, saved({ cells: { a: { b: '' } }, added: [] }))).toBe(false);
    expect(isAnswered({ type: 'grid' }, saved({ cells: { a: { b: 'Ms. Ruiz, coach' } }, added: [] }))).toBe(true);
  });

  it('counts a stakeholder chart once a cell or a loss is filled', () => {
    const chart = (cells: Record<string, string>, losses: string[]) =>
      saved({ charts: [{ id: 'main', title: '', challenge: '', rows: [{ id: 's', name: 'Teacher', cells, losses }] }] });
    expect(isAnswered({ type: 'stakeholder-chart' }, chart({}, []))).toBe(false);
    expect(isAnswered({ type: 'stakeholder-chart' }, chart({}, ['status']))).toBe(true);
    expect(isAnswered({ type: 'stakeholder-chart' }, chart({ values: 'fairness' }, []))).toBe(true);
  });
});

describe('valueFor', () => {
  it('returns undefined for a value of another shape instead of throwing', () => {
    expect(valueFor('list', saved('not a list'))).toBeUndefined();
    expect(valueFor('text', saved('ok'))).toBe('ok');
    expect(valueFor('rating', saved({ a: 3 }))).toEqual({ a: 3 });
  });
});

describe('savedAnswer', () => {
  it('accepts each block value shape and rejects junk', () => {
    expect(savedAnswer.safeParse({ v: 'text', at: 5 }).success).toBe(true);
    expect(savedAnswer.safeParse({ v: ['a'], at: 5 }).success).toBe(true);
    expect(savedAnswer.safeParse({ v: 'text' }).success).toBe(false);
    expect(savedAnswer.safeParse({ v: 'x'.repeat(30_000), at: 5 }).success).toBe(false);
    expect(savedAnswer.safeParse({ v: 'x', at: 5, extra: 1 }).success).toBe(false);
  });

  it('keeps the value as stored, for its block to read with its own schema: no other type fills in its defaults', () => {
    const read = (v: unknown) => savedAnswer.parse(saved(v));
    // A sort with one item placed, whose id is "note": a decision time line's shape too.
    expect(valueFor('sort', read({ note: 'later' }))).toEqual({ note: 'later' });
    expect(valueFor('decision-timeline', read({ note: 'later' }))).toEqual({ inputs: {}, note: 'later' });
    expect(valueFor('allocation', read({}))).toEqual({});
    expect(read({ cells: {} }).v).toEqual({ cells: {} });
  });
});

describe('time', () => {
  it('parses m:ss and seconds, and formats back', () => {
    expect(parseTime('2:05')).toBe(125);
    expect(parseTime('45')).toBe(45);
    expect(parseTime('1:75')).toBeUndefined();
    expect(parseTime('abc')).toBeUndefined();
    expect(formatTime(125)).toBe('2:05');
  });
});

describe('video notes: stored shapes', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/stored-video-notes-v1.json', import.meta.url), 'utf8')) as { saved: unknown };

  it('still loads the first stored shape (a bare list of notes), with an empty draft', () => {
    expect(savedAnswer.safeParse(fixture.saved).success).toBe(true);
    const value = valueFor('video-notes', fixture.saved as { v: unknown; at: number });
    expect(value?.notes.map((n) => n.text)).toEqual(['The principal asks before telling.', 'Silence after the question: nobody fills it.']);
    expect(value?.draft.text).toBe('');
    expect(isAnswered({ type: 'video-notes' }, fixture.saved as { v: unknown; at: number })).toBe(true);
  });

  it('keeps a note being typed as part of the answer', () => {
    const v = { notes: [], draft: { text: 'Half a thought', time: '1:0', role: 'me' } };
    expect(savedAnswer.safeParse(saved(v)).success).toBe(true);
    expect(valueFor('video-notes', saved(v))?.draft).toEqual(v.draft);
    expect(isAnswered({ type: 'video-notes' }, saved(v))).toBe(true);
    expect(isAnswered({ type: 'video-notes' }, saved({ notes: [], draft: { text: ' ', time: '0:00', role: 'me' } }))).toBe(false);
  });
});

describe('isAnswered: allocation', () => {
  it('counts a split only once it adds up to the whole', () => {
    expect(isAnswered({ type: 'allocation' }, saved({ fires: 50, maintaining: 35, improvement: 10 }))).toBe(false);
    expect(isAnswered({ type: 'allocation' }, saved({ fires: 55, maintaining: 35, improvement: 10 }))).toBe(true);
    expect(isAnswered({ type: 'allocation', total: 10 } as { type: 'allocation' }, saved({ a: 4, b: 6 }))).toBe(true);
    expect(isAnswered({ type: 'allocation' }, saved({}))).toBe(false);
  });
});
