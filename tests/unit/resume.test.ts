import { expect, test } from 'vitest';
import { lastWorkedOn } from '../../src/lib/resume';

const known = (lesson: string) => ['activity/trust', 'activity/stakeholder-charts', 'section/overview'].includes(lesson);

test('the lesson of the latest answer, at its block', () => {
  const answers = { 'activity/trust/trust-grid': { at: 10 }, 'activity/stakeholder-charts/my-challenges': { at: 20 } };
  expect(lastWorkedOn(answers, { 'section/overview': { visited: 5 } }, known)).toEqual({
    lesson: 'activity/stakeholder-charts',
    place: { worksheet: 'activity/stakeholder-charts', block: 'my-challenges' },
  });
});

test('a lesson first opened after the latest answer wins, from its top', () => {
  expect(lastWorkedOn({ 'activity/trust/trust-grid': { at: 10 } }, { 'section/overview': { visited: 40 } }, known)).toEqual({ lesson: 'section/overview' });
});

test('nothing saved, or only lessons the course no longer has: nothing to continue', () => {
  expect(lastWorkedOn({}, {}, known)).toBeUndefined();
  expect(lastWorkedOn({ 'activity/gone/x': { at: 1 } }, {}, known)).toBeUndefined();
});
