import { expect, test } from 'vitest';
import { continueFragment, lastWorkedOn } from '../../src/lib/resume';

const known = (lesson: string) => ['activity/trust', 'activity/stakeholder-charts', 'section/overview', 'section/kinds-of-decisions'].includes(lesson);

test('the lesson of the latest answer, at its block', () => {
  const answers = { 'activity/trust/trust-grid': { at: 10 }, 'activity/stakeholder-charts/my-challenges': { at: 20 } };
  const resume = lastWorkedOn(answers, { 'section/overview': { visited: 5 } }, known);
  expect(resume).toEqual({ lesson: 'activity/stakeholder-charts', place: { block: 'my-challenges' } });
  expect(continueFragment(resume?.place)).toBe('#continue=my-challenges');
});

test('a lesson first opened after the latest answer wins, from its top', () => {
  expect(lastWorkedOn({ 'activity/trust/trust-grid': { at: 10 } }, { 'section/overview': { visited: 40 } }, known)).toEqual({ lesson: 'section/overview' });
});

test('a lesson read to a heading, not answered, resumes at the heading', () => {
  const progress = { 'section/kinds-of-decisions': { visited: 30, place: { heading: 'vrooms-four-ways-of-deciding', at: 50 } } };
  const resume = lastWorkedOn({ 'activity/trust/trust-grid': { at: 10 } }, progress, known);
  expect(resume).toEqual({ lesson: 'section/kinds-of-decisions', place: { heading: 'vrooms-four-ways-of-deciding' } });
  expect(continueFragment(resume?.place)).toBe('#continue=vrooms-four-ways-of-deciding');
});

test('in one lesson, the more recent of the reading place and the latest answer wins', () => {
  const progress = (at: number) => ({ 'activity/trust': { visited: 1, place: { heading: 'the-cases', at } } });
  const answers = { 'activity/trust/trust-grid': { at: 20 } };
  expect(lastWorkedOn(answers, progress(10), known)).toEqual({ lesson: 'activity/trust', place: { block: 'trust-grid' } });
  expect(lastWorkedOn(answers, progress(30), known)).toEqual({ lesson: 'activity/trust', place: { heading: 'the-cases' } });
});

test('scrolled back to the top: the lesson from its top', () => {
  expect(lastWorkedOn({}, { 'section/overview': { visited: 1, place: { heading: '', at: 9 } } }, known)).toEqual({ lesson: 'section/overview' });
});

test('nothing saved, or only lessons the course no longer has: nothing to continue', () => {
  expect(lastWorkedOn({}, {}, known)).toBeUndefined();
  expect(lastWorkedOn({ 'activity/gone/x': { at: 1 } }, {}, known)).toBeUndefined();
  expect(lastWorkedOn({}, { 'section/gone': { visited: 1, place: { heading: 'x', at: 5 } } }, known)).toBeUndefined();
});
