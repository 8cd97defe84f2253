import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampInput,
  crossing,
  describeTimeline,
  groupRoute,
  individualRoute,
  niceTicks,
  resolveInputs,
  series,
  type TimelineInputs,
} from '../../src/blocks/decision-timeline/model';

const base: TimelineInputs = { people: 12, explain: 1, commit: 2, leaderDecide: 2, groupSetup: 12, groupPerPerson: 0.5, followUp: 0.2 };

describe('the two routes', () => {
  it('adds deciding and carrying out for a leader alone', () => {
    expect(individualRoute(base)).toEqual({ decide: 2, implement: 36, total: 38 });
  });

  it('makes the group slower to decide and quicker to carry out', () => {
    const g = groupRoute(base);
    expect(g.decide).toBeCloseTo(20, 10);
    expect(g.implement).toBeCloseTo(7.2, 10);
    expect(g.decide).toBeGreaterThan(individualRoute(base).decide);
    expect(g.implement).toBeLessThan(individualRoute(base).implement);
  });
});

describe('where the lines cross', () => {
  it('is where both totals are equal', () => {
    const x = crossing(base)!;
    expect(x).toBeCloseTo(12 / (0.8 * 3 - 0.5), 10);
    expect(individualRoute(base, x).total).toBeCloseTo(groupRoute(base, x).total, 10);
  });

  it('has the leader faster below the crossing and the group faster above it', () => {
    fc.assert(
      fc.property(
        fc.record({
          explain: fc.double({ min: 0.5, max: 10, noNaN: true }),
          commit: fc.double({ min: 0.5, max: 10, noNaN: true }),
          groupSetup: fc.double({ min: 1, max: 80, noNaN: true }),
          groupPerPerson: fc.double({ min: 0, max: 0.4, noNaN: true }),
          followUp: fc.double({ min: 0, max: 0.5, noNaN: true }),
        }),
        (r) => {
          const i = { ...base, ...r };
          const x = crossing(i)!;
          expect(x).toBeGreaterThan(0);
          expect(individualRoute(i, x * 0.5).total).toBeLessThan(groupRoute(i, x * 0.5).total);
          expect(individualRoute(i, x * 2).total).toBeGreaterThan(groupRoute(i, x * 2).total);
        },
      ),
    );
  });

  it('never comes when each extra person costs the group as much as it saves', () => {
    expect(crossing({ ...base, groupPerPerson: 3, followUp: 0 })).toBeUndefined();
    expect(crossing({ ...base, explain: 0, commit: 0 })).toBeUndefined();
    expect(describeTimeline({ ...base, groupPerPerson: 3, followUp: 0 })).toMatch(/never cross/);
  });

  it('is at 0 when the group route has no fixed cost', () => {
    expect(crossing({ ...base, groupSetup: 0 })).toBe(0);
  });
});

describe('inputs and chart helpers', () => {
  it('keeps saved values in range and on their step, falling back to the defaults', () => {
    expect(clampInput('people', 500, 12)).toBe(60);
    expect(clampInput('people', 0, 12)).toBe(1);
    expect(clampInput('explain', 1.3, 1)).toBe(1.5);
    expect(clampInput('followUp', 'x', 0.2)).toBe(0.2);
    expect(resolveInputs(base, { people: 30, unknown: 4 })).toEqual({ ...base, people: 30 });
    expect(resolveInputs(base, undefined)).toEqual(base);
  });

  it('gives both totals for each number of people', () => {
    const s = series(base, 3);
    expect(s.map((d) => d.people)).toEqual([1, 2, 3]);
    expect(s[0]).toEqual({ people: 1, individual: 5, group: 2 + 12 + 0.5 + 0.2 * 3 });
  });

  it('picks round axis ticks that reach the maximum', () => {
    expect(niceTicks(183)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('describes the result in words', () => {
    expect(describeTimeline(base)).toBe(
      'With 12 people who must commit, a decision made alone is being carried out after about 38 hours (2 hours deciding, 36 hours explaining and winning commitment); ' +
        'a group decision after about 27.2 hours (20 hours deciding together, 7.2 hours following up). Here deciding as a group is faster. ' +
        'The lines cross at about 6.3 people: with more than that, deciding together gets the decision carried out sooner.',
    );
    expect(describeTimeline({ ...base, people: 3 })).toMatch(/the leader deciding alone is faster/);
  });
});
