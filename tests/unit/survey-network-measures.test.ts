import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyseQuestion, analyseSurvey, hiddenLeaderThreshold, measureGraph, questionTies } from '../../src/lib/survey-network/measures';
import { readings } from '../../src/lib/survey-network/readings';
import type { SurveyResults } from '../../src/lib/survey/model';
import { karateEdges, kiteEdges, kiteNames } from '../fixtures/networks/published';
import school from '../fixtures/networks/school-12.json';

const undirected = (edges: readonly (readonly [string | number, string | number])[]) => {
  const g = new Graph({ type: 'undirected' });
  for (const [a, b] of edges) g.mergeEdge(String(a), String(b));
  return g;
};

describe("Krackhardt's kite (published betweenness)", () => {
  const g = undirected(kiteEdges.map(([a, b]) => [kiteNames[a] as string, kiteNames[b] as string]));
  const m = measureGraph(g);

  it('has ten people and 18 ties, density 0.4', () => {
    expect(g.order).toBe(10);
    expect(g.size).toBe(18);
    expect(m.density).toBeCloseTo(0.4, 10);
  });

  it('gives the published betweenness: Heather 14, Fernando and Garth 8.33, Ike 8, Diane 3.67, Andre and Beverly 0.83, the rest 0', () => {
    const published: Record<string, number> = {
      Heather: 14,
      Fernando: 8.333,
      Garth: 8.333,
      Ike: 8,
      Diane: 3.667,
      Andre: 0.833,
      Beverly: 0.833,
      Carol: 0,
      Ed: 0,
      Jane: 0,
    };
    for (const [name, value] of Object.entries(published)) expect(m.betweenness.get(name), name).toBeCloseTo(value, 2);
  });

  it('gives the published degrees: Diane 6, Fernando and Garth 5, Jane 1', () => {
    expect(m.inDegree.get('Diane')).toBe(6);
    expect(m.inDegree.get('Fernando')).toBe(5);
    expect(m.inDegree.get('Garth')).toBe(5);
    expect(m.inDegree.get('Jane')).toBe(1);
  });

  it('is one component with no isolates', () => {
    expect(m.components).toHaveLength(1);
    expect(m.isolates).toEqual([]);
  });
});

describe("Zachary's karate club (published structure)", () => {
  const g = undirected(karateEdges);
  const m = measureGraph(g);

  it('has 34 members, 78 ties, density 0.139, one component', () => {
    expect(g.order).toBe(34);
    expect(g.size).toBe(78);
    expect(m.density).toBeCloseTo(0.139, 3);
    expect(m.components).toHaveLength(1);
  });

  it('gives member 1 (the instructor) 16 ties and member 34 (the administrator) 17', () => {
    expect(m.inDegree.get('1')).toBe(16);
    expect(m.inDegree.get('34')).toBe(17);
  });

  it('puts the instructor and the administrator first by betweenness (231.07 and 160.55, as NetworkX and igraph report)', () => {
    expect(m.betweenness.get('1')).toBeCloseTo(231.07, 1);
    expect(m.betweenness.get('34')).toBeCloseTo(160.55, 1);
    const ranked = [...m.betweenness].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(ranked.slice(0, 2)).toEqual(['1', '34']);
  });

  it('splits into subgroups that keep the instructor and the administrator apart, with modularity near the published 0.42', () => {
    const of = (id: string) => m.communities.findIndex((c) => c.includes(id));
    expect(m.communities.length).toBeGreaterThanOrEqual(2);
    expect(of('1')).not.toBe(of('34'));
    expect(m.communities.flat().sort()).toEqual([...g.nodes()].sort());
    expect(m.modularity).toBeGreaterThan(0.37);
    expect(m.modularity).toBeLessThan(0.43);
  });

  it('gives the same subgroups every time (seeded)', () => {
    expect(measureGraph(undirected(karateEdges)).communities).toEqual(m.communities);
  });
});

const results = school as SurveyResults;

describe('a school survey, question by question', () => {
  const math = analyseQuestion(results, 'math');
  const person = (id: string) => math.people.find((p) => p.id === id);

  it('counts in-degree as the colleagues who name someone', () => {
    expect(person('p4')?.inDegree).toBe(7);
    expect(person('p3')?.inDegree).toBe(4);
    expect(person('p4')?.rank).toBe(1);
    expect(person('p3')?.rank).toBe(2);
    expect(person('p4')?.soughtBy).toEqual(['p2', 'p3', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });

  it('finds betweenness over directed advice paths (as NetworkX gives: 14.5, 6.5, 2)', () => {
    expect(person('p4')?.betweenness).toBeCloseTo(14.5, 6);
    expect(person('p6')?.betweenness).toBeCloseTo(6.5, 6);
    expect(person('p3')?.betweenness).toBeCloseTo(2, 6);
    expect(person('p4')?.brokerage).toBeCloseTo(14.5 / 110, 6);
  });

  it('finds isolates, mutual ties, density and weak components', () => {
    expect(math.isolates).toEqual(['p1', 'p10', 'p11', 'p12']);
    expect(math.mutualPairs).toEqual([
      ['p3', 'p4'],
      ['p3', 'p6'],
      ['p4', 'p5'],
      ['p4', 'p6'],
      ['p6', 'p7'],
      ['p8', 'p9'],
    ]);
    expect(math.density).toBeCloseTo(18 / 132, 10);
    expect(math.components).toHaveLength(5);
    expect(math.components[0]).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(math.respondents).toBe(9);
  });

  it('names the hidden leader: sought often, no formal position', () => {
    expect(math.hiddenThreshold).toBe(4);
    expect(math.hiddenLeaders).toEqual(['p4']);
    // The coach is sought by four, as many as the threshold, but holds a position.
    expect(person('p3')?.hiddenLeader).toBe(false);
    expect(analyseQuestion(results, 'discipline').hiddenLeaders).toEqual(['p12']);
  });

  it('keeps one tie per pair and drops ties to unknown people or to oneself', () => {
    const noisy: SurveyResults = {
      ...results,
      ties: [
        ...results.ties,
        { from: 'p2', to: 'p3', question: 'math', frequency: 4 },
        { from: 'p2', to: 'p2', question: 'math', frequency: 1 },
        { from: 'p2', to: 'ghost', question: 'math', frequency: 1 },
      ],
    };
    const ties = questionTies(noisy, 'math');
    expect(ties).toHaveLength(18);
    expect(ties.find((t) => t.from === 'p2' && t.to === 'p3')?.frequency).toBe(4);
  });

  it('handles a question nobody answered and an empty roster', () => {
    const tech = analyseQuestion(results, 'technology');
    expect(tech.ties).toEqual([]);
    expect(tech.density).toBe(0);
    expect(tech.communities).toEqual([]);
    expect(tech.isolates).toHaveLength(12);
    expect(
      analyseSurvey({ schoolName: '', people: [], questions: [{ id: 'q', prompt: 'q', maxChoices: 3, optional: false }], respondents: [], ties: [] })[0]
        ?.people,
    ).toEqual([]);
  });

  it('sets the hidden-leader bar at the mean plus one standard deviation, two at the least', () => {
    expect(hiddenLeaderThreshold([0, 0, 0, 0])).toBe(2);
    expect(hiddenLeaderThreshold([10, 10, 10, 10])).toBe(10);
    expect(hiddenLeaderThreshold([2, 4, 4, 4, 5, 5, 7, 9])).toBe(7);
  });
});

describe('readings, generated from the numbers', () => {
  const math = analyseQuestion(results, 'math');
  const texts = readings(math, (p) => p.name);
  const text = (kind: string) => texts.filter((r) => r.kind === kind).map((r) => r.text);

  it('says who is most sought and whom a hidden leader outranks', () => {
    expect(text('most-sought')).toEqual(['The most sought is Ben Li (Teacher), named by 7 colleagues.']);
    expect(text('hidden-vs-formal')).toEqual([
      'One person with no formal position is sought more than Ana Ortiz, Mathematics coach (named by 4 colleagues), Pat Morgan, Principal (named by nobody) and Dana Reyes, Assistant principal (named by nobody): Ben Li (7).',
    ]);
    expect(text('formal')).toEqual([
      'Of the three people with a formal position, the most sought is Ana Ortiz, Mathematics coach, named by 4 colleagues (place 2 of 12), and the least Dana Reyes, Assistant principal, named by nobody (place 8).',
    ]);
  });

  it('says who answered, who is tied to nobody, and the mutual ties', () => {
    expect(text('response')[0]).toMatch(/^Nine of the 12 people on the roster answered/);
    expect(text('isolates')[0]).toBe(
      'Four people are tied to nobody on this question (they named nobody and nobody named them): Pat Morgan, Hana Sato, Ivan Cruz and Jo Wells. Three of them did not answer.',
    );
    expect(text('unsought')).toEqual(['One person answers but is named by nobody: Dana Reyes.']);
    expect(text('mutual')[0]).toMatch(/^Six pairs name each other .*: 67% of the ties are returned\.$/);
    expect(text('density')[0]).toBe('18 of the 132 possible ties are present (density 0.136); each person who answered names 2.0 colleagues on average.');
  });

  it('follows the data, not a script: a changed answer changes the reading', () => {
    const moved: SurveyResults = { ...results, ties: results.ties.map((t) => (t.question === 'math' && t.to === 'p4' ? { ...t, to: 'p11' } : t)) };
    const again = readings(analyseQuestion(moved, 'math'), (p) => p.name);
    expect(again.find((r) => r.kind === 'most-sought')?.text).toBe('The most sought is Ivan Cruz (Music teacher), named by 7 colleagues.');
  });

  it('names people through the label it is given (the anonymised view)', () => {
    const coded = readings(math, (p) => `code-${p.id}`)
      .map((r) => r.text)
      .join(' ');
    expect(coded).toContain('code-p4');
    for (const p of results.people) expect(coded).not.toContain(p.name);
  });

  it('says so when nobody has answered a question', () => {
    expect(readings(analyseQuestion(results, 'technology'), (p) => p.name).map((r) => r.text)).toContain('Nobody has named anyone for this question yet.');
  });
});
