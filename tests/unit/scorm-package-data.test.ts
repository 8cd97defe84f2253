import { describe, expect, it } from 'vitest';
import { onlyPackage, packageFilter } from '../../src/lib/scorm/package-data';

const lessons = [{ key: 'activity/trust' }, { key: 'section/4' }];

describe('package data', () => {
  it('keeps only the answers and progress of the package’s lessons', () => {
    const data = {
      answers: {
        'activity/trust/one-step': { v: 'mine', at: 1 },
        'activity/trust-extra/x': { v: 'a lesson whose key only starts the same', at: 1 },
        'activity/stakeholder-charts/ap': { v: 'another lesson', at: 1 },
        'section/40/x': { v: 'section 40, not 4', at: 1 },
        'section/4/sort': { v: 'in', at: 1 },
      },
      progress: { 'activity/trust': { visited: 1 }, 'activity/harmon-lab': { done: 2 }, 'section/4': { done: 3 } },
    };
    expect(onlyPackage(data, lessons)).toEqual({
      answers: { 'activity/trust/one-step': { v: 'mine', at: 1 }, 'section/4/sort': { v: 'in', at: 1 } },
      progress: { 'activity/trust': { visited: 1 }, 'section/4': { done: 3 } },
    });
    const inPackage = packageFilter(lessons);
    expect(['activity/trust', 'activity/trust/a', 'activity/trusty', 'section/4', 'section/41'].map(inPackage)).toEqual([true, true, false, true, false]);
  });
});
