import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeBalance, FULL_RADIUS, MIN_RADIUS, nearestSample, overlapArea, radiusFor, sharesOf, VENN_SIZE, vennLayout } from '../../src/lib/venn';

const items = [
  { id: 'fires', label: 'Putting out fires' },
  { id: 'maintaining', label: 'Maintaining the organization' },
  { id: 'improvement', label: 'Engaging in improvement' },
];
const samples = [
  { id: 'a', label: 'School A', shares: { fires: 50, maintaining: 30, improvement: 20 } },
  { id: 'b', label: 'School B', shares: { fires: 42, maintaining: 43, improvement: 15 } },
  { id: 'c', label: 'School C', shares: { fires: 20, maintaining: 40, improvement: 40 } },
];

describe('shares and radii', () => {
  it('scales raw values to a whole and treats missing or negative values as 0', () => {
    expect(sharesOf(items, { fires: 50, maintaining: 25, improvement: 25 })).toEqual([0.5, 0.25, 0.25]);
    expect(sharesOf(items, { fires: 30, maintaining: 10 })).toEqual([0.75, 0.25, 0]);
    expect(sharesOf(items, { fires: -5, maintaining: Number.NaN, improvement: 10 })).toEqual([0, 0, 1]);
  });

  it('gives equal shares when nothing is entered', () => {
    expect(sharesOf(items, {})).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('makes circle area proportional to the share, with a floor', () => {
    expect(radiusFor(1)).toBe(FULL_RADIUS);
    expect(radiusFor(0)).toBe(MIN_RADIUS);
    const area = (s: number) => Math.PI * radiusFor(s) ** 2;
    expect(area(0.5) / area(0.25)).toBeCloseTo(2, 10);
    expect(area(0.6) / area(0.2)).toBeCloseTo(3, 10);
  });

  it('draws every diagram to the same scale: the same share gives the same circle', () => {
    const mine = vennLayout(items, { fires: 40, maintaining: 40, improvement: 20 });
    const theirs = vennLayout(items, samples[2]!.shares);
    expect(mine.circles[0]!.r).toBeCloseTo(theirs.circles[1]!.r, 10); // both 40 %
    expect(mine.circles[2]!.r).toBeCloseTo(theirs.circles[0]!.r, 10); // both 20 %
  });
});

describe('layout', () => {
  it('puts fires and maintenance side by side and improvement below, each pair overlapping', () => {
    const { circles } = vennLayout(items, { fires: 34, maintaining: 33, improvement: 33 });
    const [f, m, i] = circles;
    expect(f!.cy).toBeCloseTo(m!.cy, 10);
    expect(i!.cy).toBeGreaterThan(f!.cy);
    expect(f!.cx).toBeLessThan(m!.cx);
    for (const [a, b] of [
      [f!, m!],
      [f!, i!],
      [m!, i!],
    ] as const) {
      const d = Math.hypot(a.cx - b.cx, a.cy - b.cy);
      expect(overlapArea(a.r, b.r, d)).toBeGreaterThan(0);
      expect(d).toBeGreaterThan(Math.abs(a.r - b.r)); // no circle swallows another
    }
  });

  it('keeps every circle and label inside the drawing, whatever the shares', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (a, b, c) => {
        const { circles, size } = vennLayout(items, { fires: a, maintaining: b, improvement: c });
        for (const k of circles) {
          expect(k.cx - k.r).toBeGreaterThanOrEqual(-1e-9);
          expect(k.cy - k.r).toBeGreaterThanOrEqual(-1e-9);
          expect(k.cx + k.r).toBeLessThanOrEqual(size + 1e-9);
          expect(k.cy + k.r).toBeLessThanOrEqual(size + 1e-9);
          expect(k.labelX).toBeGreaterThan(0);
          expect(k.labelX).toBeLessThan(size);
          expect(k.labelY).toBeGreaterThan(0);
          expect(k.labelY).toBeLessThan(size);
        }
        expect(size).toBe(VENN_SIZE);
      }),
    );
  });

  it('rounds the shares into whole percentages for the labels', () => {
    const { circles } = vennLayout(items, { fires: 1, maintaining: 1, improvement: 1 });
    expect(circles.map((c) => c.percent)).toEqual([33, 33, 33]);
  });
});

describe('overlapArea', () => {
  it('is 0 apart, the smaller circle when nested, and symmetric between', () => {
    expect(overlapArea(10, 10, 25)).toBe(0);
    expect(overlapArea(10, 4, 2)).toBeCloseTo(Math.PI * 16, 10);
    expect(overlapArea(10, 6, 12)).toBeCloseTo(overlapArea(6, 10, 12), 10);
    // Two unit circles one radius apart share (2π/3 − √3/2).
    expect(overlapArea(1, 1, 1)).toBeCloseTo((2 * Math.PI) / 3 - Math.sqrt(3) / 2, 10);
  });
});

describe('describing the balance', () => {
  it('names the largest and smallest share and the nearest sample school', () => {
    const text = describeBalance(items, { fires: 60, maintaining: 30, improvement: 10 }, samples);
    expect(text).toBe(
      'Putting out fires (60%) takes the largest share, then maintaining the organization (30%); engaging in improvement (10%) gets the least. Of the sample schools, this is closest to School A.',
    );
  });

  it('finds the nearest sample by the shares, not the raw numbers', () => {
    expect(nearestSample(items, { fires: 2, maintaining: 4, improvement: 4 }, samples)?.id).toBe('c');
    expect(nearestSample(items, { fires: 40, maintaining: 45, improvement: 15 }, samples)?.id).toBe('b');
    expect(nearestSample(items, { fires: 1 }, [])).toBeUndefined();
  });

  it('says when the split is about even, and when nothing is entered yet', () => {
    expect(describeBalance(items, { fires: 34, maintaining: 33, improvement: 33 })).toMatch(/^Your attention is spread about evenly/);
    expect(describeBalance(items, {})).toMatch(/^No estimate yet/);
  });

  it('names a tie for the largest share as a tie', () => {
    expect(describeBalance(items, { fires: 45, maintaining: 45, improvement: 10 })).toMatch(
      /^Putting out fires \(45%\) and maintaining the organization \(45%\) take the largest shares; engaging/,
    );
  });
});
