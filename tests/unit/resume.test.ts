import { expect, test } from 'vitest';
import { lastWorkedOn, parsePlace } from '../../src/lib/resume';

const known = (lesson: string) => ['activity/trust', 'activity/stakeholder-charts', 'section/overview'].includes(lesson);

test('the lesson of the latest answer, at its block', () => {
  const answers = { 'activity/trust/trust-grid': { at: 10 }, 'activity/stakeholder-charts/my-challenges': { at: 20 } };
  expect(lastWorkedOn(answers, { 'section/overview': { visited: 5 } }, undefined, known)).toEqual({
    lesson: 'activity/stakeholder-charts',
    place: { worksheet: 'activity/stakeholder-charts', block: 'my-challenges' },
  });
});

test('a later place kept while reading wins over an earlier answer; a later first visit wins over both', () => {
  const answers = { 'activity/trust/trust-grid': { at: 10 } };
  const place = { lesson: 'activity/stakeholder-charts', worksheet: 'activity/stakeholder-charts', block: 'ap-enrolment-chart', at: 30 };
  expect(lastWorkedOn(answers, {}, place, known)?.place?.block).toBe('ap-enrolment-chart');
  expect(lastWorkedOn(answers, { 'section/overview': { visited: 40 } }, place, known)).toEqual({ lesson: 'section/overview' });
});

test('nothing saved, or only lessons the course no longer has: nothing to continue', () => {
  expect(lastWorkedOn({}, {}, undefined, known)).toBeUndefined();
  expect(lastWorkedOn({ 'activity/gone/x': { at: 1 } }, {}, undefined, known)).toBeUndefined();
});

test('a stored place of another shape is ignored', () => {
  expect(parsePlace('{"lesson":1}')).toBeUndefined();
  expect(parsePlace('not json')).toBeUndefined();
  expect(parsePlace(null)).toBeUndefined();
  expect(parsePlace('{"lesson":"a/b","worksheet":"a/b","block":"c","at":1}')).toEqual({ lesson: 'a/b', worksheet: 'a/b', block: 'c', at: 1 });
});
