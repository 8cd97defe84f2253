import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countOptions, disagreement, distribution, median, orderByScore } from '../../src/lib/board/aggregate';

describe('cohort aggregates', () => {
  it('counts each option once per person and ignores unknown ids', () => {
    expect(countOptions(['a', 'b', 'c'], [['a'], ['a', 'b'], ['b', 'b'], ['zzz']])).toEqual([2, 2, 0]);
  });
  it('disagreement is 0 when all agree, 1 when spread evenly, in between otherwise', () => {
    expect(disagreement([5, 0, 0, 0])).toBe(0);
    expect(disagreement([2, 2, 2, 2])).toBeCloseTo(1);
    expect(disagreement([0, 0])).toBe(0);
    const d = disagreement([3, 1, 0, 0]);
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(disagreement([2, 2, 0, 0]));
  });
  it('disagreement stays within 0..1 for any counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 0, maxLength: 10 }), (counts) => {
        const d = disagreement(counts);
        return d >= 0 && d <= 1;
      }),
    );
  });
  it('median of odd and even lists, none of an empty one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
  it('a rating distribution: counts per point, spread 0 when alike and 1 when split at both ends', () => {
    const d = distribution([1, 1, 5, 5, 9, 2.5], 1, 5);
    expect(d.counts).toEqual([2, 0, 0, 0, 2]);
    expect(d.n).toBe(4);
    expect(d.spread).toBeCloseTo(1);
    expect(d.median).toBe(3);
    expect(distribution([3, 3, 3], 1, 5).spread).toBe(0);
    expect(distribution([], 1, 5).median).toBeUndefined();
  });
  it('orders by score, highest first, ties in original order', () => {
    expect(orderByScore([0.2, 0.9, 0.2, 1])).toEqual([3, 1, 0, 2]);
  });
});
