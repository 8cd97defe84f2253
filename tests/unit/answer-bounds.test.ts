import { describe, expect, it } from 'vitest';
import { valueModules } from '../../src/blocks/values';
import { makeHandIn, readHandIn } from '../../src/lib/handin';
import { readPortfolio, makePortfolio, MAX_FILE_BYTES } from '../../src/lib/portfolio';
import { encodePathway, type Pathway } from '../../src/lib/pathway';

const pathway: Pathway = { title: 'Term 1', items: [{ key: 'activity/decision-time' }] };
const manyKeys = (n: number, v: (i: number) => unknown) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, v(i)]));

/** A hand-in whose one answer is generated here (file bombs are never committed). */
const handInWith = (key: string, v: unknown) =>
  makeHandIn(
    { answers: { [key]: { v, at: 1_700_000_000_000 } }, progress: {} },
    { pathwayCode: encodePathway(pathway), pathway, learnerName: 'Mallory', siteVersion: '0.1.0', now: new Date('2026-11-01T00:00:00Z') },
  );

describe('answer schemas bound their sizes to what the editors produce', () => {
  it('a hand-in with a 50,000-key decision time line answer is refused fast, naming the block and the bound', async () => {
    const file = await handInWith('activity/decision-time/timeline', { inputs: manyKeys(50_000, (i) => i % 60), note: '' });
    const text = JSON.stringify(file);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    // "Fast" against the work no reader can skip, parsing the file, measured here and now: a
    // wall-clock limit alone failed on a busy machine.
    let parsing = performance.now();
    JSON.parse(text);
    parsing = performance.now() - parsing;
    const started = performance.now();
    const r = await readHandIn(text);
    const took = performance.now() - started;
    expect(r.ok).toBe(false);
    const errors = r.ok ? '' : r.errors.join(' ');
    expect(errors).toContain('activity/decision-time/timeline');
    expect(errors).toMatch(/decision-timeline answer \(inputs\): at most 7 entries/);
    expect(took).toBeLessThan(Math.max(1000, 40 * parsing));
  });

  it.each([
    ['rating', manyKeys(101, () => 3), /allocation, rating or sort answer: at most 100 entries/],
    ['sort', manyKeys(101, () => 'a'), /an allocation, rating or sort answer: at most 100 entries/],
    ['checklist', Array.from({ length: 201 }, (_, i) => `i${i}`), /checklist or choice answer: at most 100 items/],
    ['grid', { cells: { r: manyKeys(31, () => 'x') } }, /grid answer \(cells\.r\): at most 30 entries/],
    [
      'stakeholder-chart',
      { charts: [{ id: 'c', title: '', challenge: '', rows: [{ id: 'r', name: '', cells: manyKeys(21, () => 'x') }] }] },
      /stakeholder-chart answer/,
    ],
    ['text', 'x'.repeat(20_001), /at most 20,000 characters/],
  ])('a %s answer over its bound is refused with the reason', async (_type, v, reason) => {
    const portfolio = await makePortfolio({ answers: { 'activity/x/y': { v, at: 1 } }, progress: {} }, { siteVersion: '0.1.0' });
    const r = await readPortfolio(JSON.stringify(portfolio));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors.join(' ')).toMatch(reason);
  });

  it('answers at the bounds still load', async () => {
    for (const [type, v] of [
      ['rating', manyKeys(100, () => 3)],
      ['decision-timeline', { inputs: { people: 12, explain: 1, commit: 2, leaderDecide: 2, groupSetup: 12, groupPerPerson: 0.5, followUp: 0.2 }, note: '' }],
      ['text', 'x'.repeat(20_000)],
    ] as const) {
      expect(valueModules[type].value.safeParse(v).success).toBe(true);
    }
  });
});
