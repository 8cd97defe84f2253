import { describe, expect, it } from 'vitest';
import { valueFor } from '../../src/blocks/answers';
import { isAnswered } from '../../src/blocks/completeness';
import { worksheet } from '../../src/blocks/schemas';

const saved = (v: unknown) => ({ v, at: 1 });
const grid = {
  type: 'grid',
  id: 'math-advice',
  label: 'Math',
  rowHeader: 'If I were',
  rows: [{ id: 'principal', label: 'The principal' }],
  columns: [{ id: 'p1', label: 'Person 1' }],
};
const items = [
  { id: 'fires', label: 'Fires' },
  { id: 'maintaining', label: 'Maintaining' },
  { id: 'improvement', label: 'Improvement' },
];
const messages = (input: unknown[]) => {
  const r = worksheet.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('schemas of the diagram blocks', () => {
  it('accepts a venn allocation with samples keyed by its items', () => {
    expect(
      messages([
        {
          type: 'allocation',
          id: 'a',
          label: 'Split',
          items,
          diagram: 'venn',
          samples: [{ id: 's', label: 'School A', description: 'Fires.', shares: { fires: 50, improvement: 10 } }],
        },
      ]),
    ).toEqual([]);
  });

  it('rejects a venn with other than three items, and samples naming unknown items', () => {
    expect(messages([{ type: 'allocation', id: 'a', label: 'Split', items: items.slice(0, 2), diagram: 'venn' }])).toEqual([
      '0.diagram: a venn diagram needs exactly three items',
    ]);
    expect(
      messages([{ type: 'allocation', id: 'a', label: 'Split', items, samples: [{ id: 's', label: 'A', description: 'x', shares: { fire: 1 } }] }]),
    ).toEqual(['0.samples.0.shares.fire: "fire" is not an item of this block']);
  });

  it('requires an advice network to read grid blocks of the same worksheet', () => {
    const net = (block: string) => ({ type: 'advice-network', id: 'map', label: 'Map', sources: [{ block, topic: 'Maths' }] });
    expect(messages([grid, net('math-advice')])).toEqual([]);
    expect(messages([grid, net('missing')])).toEqual(['1.sources.0.block: no block "missing" in this worksheet']);
    expect(messages([{ type: 'text', id: 'notes', label: 'Notes' }, net('notes')])).toEqual(['1.sources.0.block: block "notes" is a text block, not a grid']);
    expect(messages([grid, { ...net('math-advice'), starter: [{ id: 'ap', title: 'AP', reportsTo: 'principal' }] }])).toEqual([
      '1.starter.0.reportsTo: no starter position "principal"',
    ]);
  });

  it('requires every sort item to name one of its categories', () => {
    const sort = (answer: string) => ({
      type: 'sort',
      id: 's',
      label: 'Sort',
      categories: [
        { id: 'technical', label: 'Technical' },
        { id: 'adaptive', label: 'Adaptive' },
      ],
      items: [
        { id: 'a', label: 'A', answer: 'technical', explanation: 'Known fix.' },
        { id: 'b', label: 'B', answer, explanation: 'No known fix.' },
      ],
    });
    expect(messages([sort('adaptive')])).toEqual([]);
    expect(messages([sort('adaptve')])).toEqual(['0.items.1.answer: "adaptve" is not a category of this block']);
  });

  it('fills the decision time line defaults', () => {
    const r = worksheet.parse([{ type: 'decision-timeline', id: 't', label: 'Time line', defaults: { people: 8 }, assumptions: ['Hours count.'] }]);
    expect(r[0]).toMatchObject({ defaults: { people: 8, explain: 1, commit: 2, leaderDecide: 2, groupSetup: 12, groupPerPerson: 0.5, followUp: 0.2 } });
  });
});

describe('saved answers of the diagram blocks', () => {
  it('reads and checks an organization chart', () => {
    expect(valueFor('advice-network', saved({ positions: [{ id: 'p', title: 'Principal', person: '' }] }))).toEqual({
      positions: [{ id: 'p', title: 'Principal', person: '', reportsTo: '' }],
    });
    expect(valueFor('advice-network', saved({ positions: 'nope' }))).toBeUndefined();
    expect(isAnswered({ type: 'advice-network' }, saved({ positions: [{ id: 'p', title: ' ', person: '', reportsTo: '' }] }))).toBe(false);
    expect(isAnswered({ type: 'advice-network' }, saved({ positions: [{ id: 'p', title: 'Principal', person: '', reportsTo: '' }] }))).toBe(true);
  });

  it('counts a sort once an item is placed', () => {
    expect(isAnswered({ type: 'sort' }, saved({}))).toBe(false);
    expect(isAnswered({ type: 'sort' }, saved({ wifi: 'technical' }))).toBe(true);
    expect(valueFor('sort', saved({ wifi: 3 }))).toBeUndefined();
  });

  it('counts a time line once an input is moved or a note written', () => {
    expect(isAnswered({ type: 'decision-timeline' }, saved({ inputs: {}, note: '' }))).toBe(false);
    expect(isAnswered({ type: 'decision-timeline' }, saved({ inputs: { people: 20 }, note: '' }))).toBe(true);
    expect(isAnswered({ type: 'decision-timeline' }, saved({ inputs: {}, note: 'Grading policy' }))).toBe(true);
  });

  it('counts a cycle plan once it has a problem or a participant in a phase', () => {
    expect(isAnswered({ type: 'cycle-planner' }, saved({ problem: '', participants: [{ id: 'a', name: 'Principal', stages: [] }] }))).toBe(false);
    expect(isAnswered({ type: 'cycle-planner' }, saved({ problem: '', participants: [{ id: 'a', name: 'Principal', stages: ['review'] }] }))).toBe(true);
    expect(isAnswered({ type: 'cycle-planner' }, saved({ problem: 'Algebra failure', participants: [] }))).toBe(true);
  });
});
