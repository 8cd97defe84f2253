import { describe, expect, it } from 'vitest';
import { planRun, planStepMinutes, presentHash, readPresentHash, scaleSteps } from '../../src/lib/facilitate/plan-run';

const titles: Record<string, string> = { 'section/leadership-work': 'Section 2: The Work of School Leaders' };
const titleOf = (kind: string, id: string) => titles[`${kind}/${id}`];
const plan = JSON.stringify({
  title: 'Cohort 3',
  length: 90,
  start: '',
  items: [
    { kind: 'activity', id: 'leadership-work', minutes: 35 },
    { kind: 'break', title: 'Coffee', minutes: 10 },
    { kind: 'section', id: 'leadership-work', minutes: 10 },
    { kind: 'activity', id: 'trust', minutes: 35 },
  ],
});

describe('scaleSteps', () => {
  it('spreads a shorter time over the steps in whole minutes that add up exactly', () => {
    const guide = [7, 12, 5, 8, 15, 13];
    const scaled = scaleSteps(guide, 35);
    expect(scaled.reduce((a, b) => a + b, 0)).toBe(35);
    expect(scaled.every((m) => m >= 1)).toBe(true);
    // Longer steps stay longer.
    expect(scaled[4]!).toBeGreaterThan(scaled[2]!);
    expect(scaleSteps(guide, 60)).toEqual(guide);
    expect(scaleSteps(guide, 120).reduce((a, b) => a + b, 0)).toBe(120);
  });
  it('gives each step a minute when the time is shorter than the steps', () => {
    expect(scaleSteps([5, 5, 5], 2)).toEqual([1, 1, 1]);
    expect(scaleSteps([1, 1, 1], 7).reduce((a, b) => a + b, 0)).toBe(7);
  });
});

describe('planRun', () => {
  it('gives the plan’s minutes and the next activity, with what comes between', () => {
    const run = planRun(plan, 1, 'activity', 'leadership-work', titleOf);
    expect(run).toMatchObject({ planTitle: 'Cohort 3', item: 1, items: 4, minutes: 35, sessionMinutes: 90, plannedMinutes: 90 });
    expect(run?.next).toEqual({
      kind: 'activity',
      id: 'trust',
      item: 4,
      minutes: 35,
      between: [
        { title: 'Coffee', minutes: 10 },
        { title: 'Section 2: The Work of School Leaders', minutes: 10 },
      ],
    });
    expect(planRun(plan, 4, 'activity', 'trust', titleOf)?.next).toBeUndefined();
  });
  it('is no plan when the plan has changed, is damaged or missing', () => {
    expect(planRun(plan, 2, 'activity', 'leadership-work', titleOf)).toBeUndefined();
    expect(planRun(plan, 9, 'activity', 'trust', titleOf)).toBeUndefined();
    expect(planRun('{"items":[{"kind":"activity","id":"trust","minutes":"35"}]}', 1, 'activity', 'trust', titleOf)).toBeUndefined();
    expect(planRun('not json', 1, 'activity', 'trust', titleOf)).toBeUndefined();
    expect(planRun(null, 1, 'activity', 'trust', titleOf)).toBeUndefined();
  });
});

describe('step times set by hand', () => {
  const handSet = (steps: unknown, minutes = 37) =>
    JSON.stringify({ title: '', length: 90, start: '', items: [{ kind: 'activity', id: 'trust', minutes, steps }] });

  it('reach presentation mode exactly when they add up to the item', () => {
    expect(planRun(handSet([5, 12, 6, 7, 7]), 1, 'activity', 'trust', titleOf)?.steps).toEqual([5, 12, 6, 7, 7]);
    for (const odd of [[5, 12, 6, 7, 8], [0, 37], ['5', 32], 'many', [37.5, -0.5]]) {
      const run = planRun(handSet(odd), 1, 'activity', 'trust', titleOf);
      expect(run?.minutes).toBe(37);
      expect(run?.steps).toBeUndefined();
    }
  });

  it('are used as set for a guide with as many steps, else the guide’s times are scaled', () => {
    expect(planStepMinutes({ minutes: 37, steps: [5, 12, 6, 7, 7] }, [8, 12, 10, 15, 15])).toEqual({ minutes: [5, 12, 6, 7, 7], byHand: true });
    expect(planStepMinutes({ minutes: 35, steps: [5, 12, 6, 12] }, [8, 12, 10, 15, 15])).toEqual({ minutes: [5, 7, 6, 9, 8], byHand: false });
    expect(planStepMinutes({ minutes: 35 }, [8, 12, 10, 15, 15])).toEqual({ minutes: [5, 7, 6, 9, 8], byHand: false });
  });
});

describe('the presenter’s address', () => {
  it('round-trips the plan item and the step', () => {
    expect(readPresentHash(presentHash(2, 3))).toEqual({ item: 2, step: 3 });
    expect(readPresentHash(presentHash(undefined, 3))).toEqual({ step: 3 });
    expect(readPresentHash('#step=4')).toEqual({ step: 4 });
    expect(readPresentHash('#item=x&step=')).toEqual({});
  });
});
