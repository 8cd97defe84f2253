import { describe, expect, it } from 'vitest';
import { syntheticSchool } from '../../scripts/lib/synthetic-school.mjs';
import { analyseQuestion } from '../../src/lib/survey-network/measures';
import { layoutNetwork, radiusFor } from '../../src/lib/survey-network/layout';
import type { SurveyResults } from '../../src/lib/survey/model';
import school from '../fixtures/networks/school-12.json';

describe('the layout of a question network (ForceAtlas2)', () => {
  const big = analyseQuestion(syntheticSchool({ people: 150, ties: 1500 }) as SurveyResults, 'instruction');
  const layout = layoutNetwork(big);

  it('places everyone inside the frame', () => {
    expect(layout.nodes.size).toBe(150);
    for (const n of layout.nodes.values()) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(layout.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(layout.height);
    }
  });

  it('stays readable at 150 people: circles sized by how often sought, hardly any overlapping', () => {
    const nodes = [...layout.nodes.values()];
    let overlapping = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < 0.8 * (a.r + b.r)) overlapping++;
      }
    expect(overlapping).toBeLessThanOrEqual(3);
    const most = big.people.reduce((a, b) => (b.inDegree > a.inDegree ? b : a));
    expect(layout.nodes.get(most.id)?.r).toBe(radiusFor(most.inDegree));
  });

  it('draws the same picture from the same answers', () => {
    const again = layoutNetwork(analyseQuestion(syntheticSchool({ people: 150, ties: 1500 }) as SurveyResults, 'instruction'));
    expect([...again.nodes.values()]).toEqual([...layout.nodes.values()]);
  });

  it('sets people tied to nobody on a row at the bottom, with room for their names', () => {
    const math = analyseQuestion(school as SurveyResults, 'math');
    const small = layoutNetwork(math);
    const untied = math.isolates.map((id) => small.nodes.get(id)!);
    const tied = math.people.filter((p) => !p.isolate).map((p) => small.nodes.get(p.id)!);
    expect(new Set(untied.map((n) => n.y)).size).toBe(1);
    expect(Math.min(...untied.map((n) => n.y))).toBeGreaterThan(Math.max(...tied.map((n) => n.y)));
    const xs = untied.map((n) => n.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(100);
  });
});
