import { describe, expect, it } from 'vitest';
import {
  buildAdviceGraph,
  describeGraph,
  mostSought,
  parseCell,
  parseEntry,
  personKey,
  personNodeId,
  roleNodeId,
  type AdviceSource,
} from '../../src/lib/network';
import { layoutAdviceGraph } from '../../src/lib/network-layout';
import { chartTree, describeChart, descendantsOf, effectiveParents, orgLayout, placeOnChart, type Position } from '../../src/lib/org-chart';

const rows = [
  { id: 'principal', label: 'The principal' },
  { id: 'instructional-coach', label: 'An instructional coach' },
  { id: 'math-teacher', label: 'A mathematics teacher' },
];
const columns = [
  { id: 'person-1', label: 'Person 1' },
  { id: 'person-2', label: 'Person 2' },
  { id: 'person-3', label: 'Person 3' },
];
const grid = (id: string, topic: string, cells: Record<string, Record<string, string>>): AdviceSource => ({
  id,
  topic,
  rows,
  columns,
  value: { cells, added: [] },
});

const math = grid('math-advice', 'Mathematics instruction', {
  principal: { 'person-1': 'Ms. Ruiz, instructional coach', 'person-2': 'Mr Lee, grade 4 teacher', 'person-3': '  ' },
  'instructional-coach': { 'person-1': 'ms  ruiz', 'person-2': 'Mrs. Patel, math lead' },
  'math-teacher': { 'person-1': 'MS RUIZ, coach', 'person-3': 'Mr. Lee' },
});
const discipline = grid('discipline-advice', 'Student discipline', {
  principal: { 'person-1': 'Mr. Grant, assistant principal', 'person-2': 'Ms Ruiz' },
  'math-teacher': { 'person-1': 'Mr Grant' },
});

describe('reading an entry', () => {
  it('takes the name before the first comma and the title after it', () => {
    expect(parseEntry('Ms. Ruiz, coach')).toEqual({ name: 'Ms. Ruiz', title: 'coach', key: 'ms ruiz' });
    expect(parseEntry('Mr Lee, grade 4 teacher, maths')).toEqual({ name: 'Mr Lee', title: 'grade 4 teacher, maths', key: 'mr lee' });
  });

  it('accepts a title in brackets, and a name with no title', () => {
    expect(parseEntry('Mr Lee (assistant principal)')).toEqual({ name: 'Mr Lee', title: 'assistant principal', key: 'mr lee' });
    expect(parseEntry('  Jo   Brown ')).toEqual({ name: 'Jo Brown', title: '', key: 'jo brown' });
  });

  it('ignores empty cells and entries with no name', () => {
    expect(parseEntry('   ')).toBeUndefined();
    expect(parseEntry(', coach')).toBeUndefined();
    expect(parseCell('')).toEqual([]);
  });

  it('reads several people in one cell, one per line or split by semicolons', () => {
    expect(parseCell('Ms Ruiz, coach\nMr Lee; Jo Brown').map((e) => e.name)).toEqual(['Ms Ruiz', 'Mr Lee', 'Jo Brown']);
  });

  it('matches names whatever the case, spacing and full stops', () => {
    expect(personKey('Ms. Ruiz')).toBe(personKey('ms  RUIZ'));
    expect(personKey('Ms.Ruiz')).toBe(personKey('Ms Ruiz'));
    expect(personKey('Ms Ruiz')).not.toBe(personKey('Ms Ruis'));
  });
});

describe('building the network', () => {
  it('makes one node per distinct person, however the name was typed', () => {
    const g = buildAdviceGraph([math, discipline]);
    expect(g.people.map((p) => p.name).sort()).toEqual(['Mr Lee', 'Mr. Grant', 'Mrs. Patel', 'Ms. Ruiz']);
    expect(g.people[0]?.name).toBe('Ms. Ruiz');
    expect(new Set(g.people.map((p) => p.key)).size).toBe(g.people.length);
  });

  it('counts how often each person is named, across topics', () => {
    const g = buildAdviceGraph([math, discipline]);
    const count = (name: string) => g.people.find((p) => p.key === personKey(name))?.count;
    expect(count('Ms Ruiz')).toBe(4);
    expect(count('Mr Lee')).toBe(2);
    expect(count('Mr Grant')).toBe(2);
    expect(count('Mrs Patel')).toBe(1);
  });

  it('keeps the first spelling and every distinct title', () => {
    const ruiz = buildAdviceGraph([math]).people.find((p) => p.key === 'ms ruiz')!;
    expect(ruiz.name).toBe('Ms. Ruiz');
    expect(ruiz.titles).toEqual(['instructional coach', 'coach']);
  });

  it('ties each role to the people it names, weighted by how often', () => {
    const g = buildAdviceGraph([math, discipline]);
    const tie = g.ties.find((t) => t.source === roleNodeId('principal') && t.target === personNodeId('ms ruiz'))!;
    expect(tie.weight).toBe(2);
    expect(tie.topics).toEqual(['math-advice', 'discipline-advice']);
    expect(g.roles.map((r) => r.label)).toEqual(['The principal', 'An instructional coach', 'A mathematics teacher']);
    expect(g.roles.find((r) => r.rowId === 'principal')?.asks).toBe(4);
    // Every tie goes from a role to a person on the map.
    for (const t of g.ties) {
      expect(g.roles.some((r) => r.id === t.source)).toBe(true);
      expect(g.people.some((p) => p.id === t.target)).toBe(true);
    }
  });

  it('filters by topic: people named only elsewhere drop out and counts follow', () => {
    const g = buildAdviceGraph([math, discipline], ['discipline-advice']);
    expect(g.people.map((p) => [p.name, p.count])).toEqual([
      ['Mr. Grant', 2],
      ['Ms Ruiz', 1],
    ]);
    expect(g.roles.map((r) => r.rowId)).toEqual(['principal', 'math-teacher']);
    expect(buildAdviceGraph([math, discipline], []).people).toEqual([]);
  });

  it('updates when a grid entry changes', () => {
    const before = buildAdviceGraph([math]);
    const changed = grid('math-advice', 'Mathematics instruction', {
      ...math.value!.cells,
      'math-teacher': { 'person-1': 'Jo Brown, special education teacher', 'person-3': 'Mr. Lee' },
    });
    const after = buildAdviceGraph([changed]);
    expect(before.people.find((p) => p.key === 'ms ruiz')?.count).toBe(3);
    expect(after.people.find((p) => p.key === 'ms ruiz')?.count).toBe(2);
    expect(after.people.find((p) => p.key === 'jo brown')?.titles).toEqual(['special education teacher']);
    expect(after.people).toHaveLength(before.people.length + 1);
  });

  it('includes rows the learner added, and skips grids with no answer', () => {
    const withAdded: AdviceSource = { ...math, value: { cells: { 'row-x': { 'person-1': 'Dr. Okafor' } }, added: [{ id: 'row-x', label: 'A new teacher' }] } };
    const g = buildAdviceGraph([withAdded, { ...discipline, value: undefined }]);
    expect(g.roles.map((r) => r.label)).toEqual(['A new teacher']);
    expect(g.people.map((p) => p.name)).toEqual(['Dr. Okafor']);
  });

  it('finds the most sought, ties included, and describes the map', () => {
    const g = buildAdviceGraph([math, discipline]);
    expect(mostSought(g, 1).map((p) => p.name)).toEqual(['Ms. Ruiz']);
    expect(
      mostSought(g, 2)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Mr Lee', 'Mr. Grant', 'Ms. Ruiz']);
    expect(describeGraph(g, ['Mathematics instruction', 'Student discipline'])).toBe(
      'The map for mathematics instruction and student discipline shows 4 people and 8 advice ties. Ms. Ruiz (4 times) is the most sought.',
    );
    expect(describeGraph(buildAdviceGraph([]), [])).toMatch(/^No one is on the map yet/);
  });
});

describe('network layout', () => {
  it('places every node inside the frame, the same way each time', () => {
    const g = buildAdviceGraph([math, discipline]);
    const a = layoutAdviceGraph(g, 640, 420);
    const b = layoutAdviceGraph(g, 640, 420);
    expect(a.size).toBe(g.people.length + g.roles.length);
    for (const n of a.values()) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(640);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(420);
      expect(b.get(n.id)).toEqual(n);
    }
  });

  it('draws people named more often as larger circles', () => {
    const g = buildAdviceGraph([math, discipline]);
    const placed = layoutAdviceGraph(g);
    expect(placed.get(personNodeId('ms ruiz'))!.r).toBeGreaterThan(placed.get(personNodeId('mrs patel'))!.r);
  });
});

describe('organization chart', () => {
  const chart: Position[] = [
    { id: 'p', title: 'Principal', person: 'Dr. Okafor', reportsTo: '' },
    { id: 'ap', title: 'Assistant principal', person: 'Mr Grant', reportsTo: 'p' },
    { id: 'coach', title: 'Instructional coach', person: 'ms. ruiz', reportsTo: 'p' },
    { id: 'lead', title: 'Grade lead', person: '', reportsTo: 'ap' },
  ];

  it('lays the chart out level by level, each manager above their reports', () => {
    const layout = orgLayout(chart);
    const box = (id: string) => layout.boxes.find((b) => b.id === id)!;
    expect(layout.boxes.map((b) => [b.id, b.depth])).toEqual([
      ['p', 0],
      ['ap', 1],
      ['coach', 1],
      ['lead', 2],
    ]);
    expect(box('p').y).toBeLessThan(box('ap').y);
    expect(box('p').x).toBeGreaterThan(box('ap').x);
    expect(box('p').x).toBeLessThan(box('coach').x);
    expect(layout.lines).toHaveLength(3);
  });

  it('survives loops and links to missing positions', () => {
    const broken: Position[] = [
      { id: 'a', title: 'A', person: '', reportsTo: 'b' },
      { id: 'b', title: 'B', person: '', reportsTo: 'a' },
      { id: 'c', title: 'C', person: '', reportsTo: 'gone' },
      { id: 'd', title: 'D', person: '', reportsTo: 'd' },
    ];
    const parents = effectiveParents(broken);
    expect([...parents.values()].filter((p) => p === undefined).length).toBeGreaterThanOrEqual(3);
    const layout = orgLayout(broken);
    expect(layout.boxes).toHaveLength(4);
  });

  it('knows who is below a position, so the chart editor never offers a loop', () => {
    expect([...descendantsOf(chart, 'p')].sort()).toEqual(['ap', 'coach', 'lead']);
    expect([...descendantsOf(chart, 'ap')]).toEqual(['lead']);
    expect(descendantsOf(chart, 'lead').size).toBe(0);
  });

  it('places people from the network on the chart by name', () => {
    const g = buildAdviceGraph([math, discipline]);
    const placed = placeOnChart(g.people, chart);
    const where = (key: string) => placed.find((p) => p.person.key === key)?.positions.map((x) => [x.title, x.depth]);
    expect(where('ms ruiz')).toEqual([['Instructional coach', 1]]);
    expect(where('mr grant')).toEqual([['Assistant principal', 1]]);
    expect(where('mr lee')).toEqual([]);
    expect(describeChart(chart)).toBe('The chart has 4 positions on 3 levels; at the top: Principal (Dr. Okafor).');
  });

  it('gives the structure as a tree, each position with its reports in the order listed', () => {
    const titles = (nodes: ReturnType<typeof chartTree>): unknown[] => nodes.map((n) => (n.reports.length ? [n.title, titles(n.reports)] : n.title));
    expect(titles(chartTree(chart))).toEqual([['Principal', [['Assistant principal', ['Grade lead']], 'Instructional coach']]]);
  });
});
