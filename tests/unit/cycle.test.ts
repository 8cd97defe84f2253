import { describe, expect, it } from 'vitest';
import { cycleWarnings, inStage, namedParticipants, warningText, type Participant } from '../../src/lib/cycle';
import { byCategory, describeScore, sortScore } from '../../src/lib/sort';

const stages = [
  { id: 'diagnosis', label: 'Problem diagnosis' },
  { id: 'design', label: 'Solution design and enactment' },
  { id: 'review', label: 'After-action review' },
];
const all = ['diagnosis', 'design', 'review'];
const p = (name: string, s: string[], id = name) => ({ id, name, stages: s }) satisfies Participant;

describe('improvement cycle warnings', () => {
  it('warns when the same small group takes part in every phase', () => {
    const w = cycleWarnings(stages, [p('Principal', all), p('Assistant principal', all)]);
    expect(w).toEqual([{ kind: 'same-small-group', names: ['Principal', 'Assistant principal'] }]);
    expect(warningText(w[0]!)).toMatch(/^The same small group \(Principal and Assistant principal\) takes part in every phase/);
  });

  it('notes a larger group that never changes, without calling it small', () => {
    const five = ['A', 'B', 'C', 'D', 'E'].map((n) => p(n, all));
    expect(cycleWarnings(stages, five).map((w) => w.kind)).toEqual(['same-group']);
    expect(cycleWarnings(stages, five, 5).map((w) => w.kind)).toEqual(['same-small-group']);
  });

  it('warns when the phases differ but the whole cycle draws on only a few people', () => {
    const w = cycleWarnings(stages, [p('Principal', all), p('Coach', ['diagnosis', 'design'])]);
    expect(w.map((x) => x.kind)).toEqual(['small-circle']);
  });

  it('is quiet for a plan that brings different people into different phases', () => {
    const plan = [
      p('Principal', all),
      p('Grade 9 maths teachers', ['diagnosis', 'design', 'review']),
      p('Students', ['diagnosis', 'review']),
      p('Counsellor', ['diagnosis']),
      p('Parents', ['diagnosis', 'review']),
    ];
    expect(cycleWarnings(stages, plan)).toEqual([]);
  });

  it('reports a phase nobody takes part in', () => {
    const plan = ['A', 'B', 'C', 'D', 'E'].map((n) => p(n, ['diagnosis', 'design']));
    const w = cycleWarnings(stages, plan);
    expect(w).toEqual([{ kind: 'empty-stage', stage: stages[2] }]);
    expect(warningText(w[0]!)).toBe('Nobody takes part in after-action review yet.');
  });

  it('says nothing about an empty plan, and ignores rows without a name', () => {
    expect(cycleWarnings(stages, [])).toEqual([]);
    expect(cycleWarnings(stages, [p('  ', all)])).toEqual([]);
  });

  it('counts one person written twice as one', () => {
    const plan = [p('Ms. Ruiz', ['diagnosis'], '1'), p('ms ruiz', ['design', 'review'], '2'), p('Mr Lee', all)];
    expect(namedParticipants(plan)).toHaveLength(2);
    expect(inStage(plan, 'review')).toEqual(['Ms. Ruiz', 'Mr Lee']);
    expect(cycleWarnings(stages, plan).map((w) => w.kind)).toEqual(['same-small-group']);
  });
});

describe('sorting exercises', () => {
  const categories = [
    { id: 'technical', label: 'Technical problem' },
    { id: 'adaptive', label: 'Adaptive challenge' },
  ];
  const items = [
    { id: 'wifi', label: 'Wi-fi drops', answer: 'technical' },
    { id: 'referrals', label: 'Referral gap', answer: 'adaptive' },
    { id: 'absence', label: 'Chronic absence', answer: 'adaptive' },
  ];

  it('scores placed and matching items, ignoring unknown categories', () => {
    expect(sortScore(items, categories, undefined)).toEqual({ placed: 0, matched: 0, total: 3 });
    expect(sortScore(items, categories, { wifi: 'technical', referrals: 'technical', absence: 'gone' })).toEqual({ placed: 2, matched: 1, total: 3 });
    expect(describeScore({ placed: 2, matched: 1, total: 3 })).toBe('2 of 3 sorted; 1 matches the suggested answer; 1 still to sort.');
    expect(describeScore({ placed: 0, matched: 0, total: 3 })).toBe('None of the 3 items sorted yet.');
  });

  it('groups items by the chosen category, unsorted last', () => {
    const groups = byCategory(items, categories, { wifi: 'adaptive', absence: 'adaptive' });
    expect(groups.map((g) => [g.category?.id, g.items.map((i) => i.id)])).toEqual([
      ['technical', []],
      ['adaptive', ['wifi', 'absence']],
      [undefined, ['referrals']],
    ]);
  });
});
