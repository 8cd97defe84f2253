import { describe, expect, it } from 'vitest';
import { orgLayout } from '../../src/lib/org-chart';
import { graphml, networkSvg, peopleCsv, tiesCsv, xmlText } from '../../src/lib/survey-network/export';
import { layoutNetwork } from '../../src/lib/survey-network/layout';
import { analyseQuestion } from '../../src/lib/survey-network/measures';
import { roleCodes, rosterChart } from '../../src/lib/survey-network/people';
import type { SurveyResults } from '../../src/lib/survey/model';
import school from '../fixtures/networks/school-12.json';

const base = school as SurveyResults;
// Hostile text where staff and leaders type: a formula, markup, an XML breaker, a control character.
const hostile: SurveyResults = {
  ...base,
  schoolName: 'Riverside <b>"&"</b> --',
  people: base.people.map((p) =>
    p.id === 'p4'
      ? { ...p, name: '=HYPERLINK("http://evil.example","Ben")', role: '<script>alert(1)</script>' }
      : p.id === 'p3'
        ? { ...p, name: 'Ana "&" <Ortiz>\u0001', group: "Math's ]]> team" }
        : p,
  ),
};
const network = analyseQuestion(hostile, 'math');
const names = (p: { name: string }) => p.name;
const codes = roleCodes(hostile.people);
const coded = (p: { id: string }) => codes.get(p.id) ?? '?';

describe('CSV exports', () => {
  it('lists every tie with how often and whether it is returned', () => {
    const lines = tiesCsv(network, names, false).split('\r\n');
    expect(lines[0]).toBe('"from_id","from","to_id","to","frequency","frequency_word","mutual"');
    expect(lines).toHaveLength(1 + 18);
    expect(lines).toContain('"p6","Dev Patel","p7","Eli Brooks","4","Daily or weekly","yes"');
    expect(lines).toContain('"p2","Dana Reyes","p4","\'=HYPERLINK(""http://evil.example"",""Ben"")","1","A few times a year","no"');
  });

  it('lists every person with the measures, formulas neutralised', () => {
    const lines = peopleCsv(network, names, false).split('\r\n');
    expect(lines).toHaveLength(1 + 12);
    const ben = lines.find((l) => l.startsWith('"p4"'));
    expect(ben).toBe(
      '"p4","\'=HYPERLINK(""http://evil.example"",""Ben"")","<script>alert(1)</script>","Grade 3","no","yes","7","3","1","14.5","0.1318","3","no","' +
        String(network.people[3]!.community + 1) +
        '","yes"',
    );
  });

  it('anonymised: role codes only, no names and no ids', () => {
    const text = tiesCsv(network, coded, true) + peopleCsv(network, coded, true);
    for (const p of hostile.people) {
      expect(text).not.toContain(p.name.slice(0, 8));
      expect(text).not.toMatch(new RegExp(`"${p.id}"`));
    }
    expect(text).toContain('"T1"');
  });
});

describe('GraphML for Gephi', () => {
  const xml = graphml(network, names, false, hostile.schoolName);

  it('escapes every piece of user text and drops characters XML forbids', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('Ana &quot;&amp;&quot; &lt;Ortiz&gt;</data>');
    expect(xml).toContain('Math&apos;s ]]&gt; team');
    expect(xml).not.toContain('\u0001');
    // A comment may not hold "--": the school's name is in one.
    const comment = xml.match(/<!--([\s\S]*?)-->/)?.[1] ?? '';
    expect(comment).not.toContain('--');
  });

  it('has a node per person and an edge per tie, directed, weighted by frequency', () => {
    expect(xml.match(/<node /g)).toHaveLength(12);
    expect(xml.match(/<edge /g)).toHaveLength(18);
    expect(xml).toContain('edgedefault="directed"');
    expect(xml).toMatch(/<edge id="e\d+" source="p6" target="p7">\s*<data key="weight">4<\/data>/);
  });

  it('anonymised: node ids are role codes', () => {
    const anon = graphml(network, coded, true, hostile.schoolName);
    expect(anon).not.toContain('"p4"');
    expect(anon).not.toContain('HYPERLINK');
    expect(anon).toContain(`<node id="${codes.get('p4')}">`);
  });

  it('xmlText escapes the five characters', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('the picture as SVG', () => {
  const svg = networkSvg(network, layoutNetwork(network), names, `${hostile.schoolName}: math`);

  it('is a standalone SVG with user text escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('<title>Riverside &lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; --: math</title>');
    expect(svg).toContain('&lt;Ortiz&gt;');
    expect(svg.match(/<line /g)).toHaveLength(18);
    // A ring for each of the three formal leaders.
    expect(svg.match(/fill="none" stroke="#111827"/g)).toHaveLength(3);
  });
});

describe('role codes and the roster chart', () => {
  it('codes by role initials, numbered in roster order, never repeated', () => {
    expect(codes.get('p1')).toBe('P1');
    expect(codes.get('p2')).toBe('AP1');
    expect(roleCodes(base.people).get('p5')).toBe('T2');
    expect(
      roleCodes([
        { id: 'a', name: 'A', role: 'Math coach', group: '', formal: true },
        { id: 'b', name: 'B', role: 'Music coordinator', group: '', formal: false },
        { id: 'c', name: 'C', role: '', group: '', formal: false },
      ]),
    ).toEqual(
      new Map([
        ['a', 'MC1'],
        ['b', 'MC2'],
        ['c', 'S1'],
      ]),
    );
    expect(new Set(codes.values()).size).toBe(12);
  });

  it('puts the principal at the top, the other formal leaders under them, and each group as one box', () => {
    const positions = rosterChart(base.people, (p) => p.name);
    const layout = orgLayout(positions);
    const top = layout.boxes.filter((b) => b.depth === 0);
    expect(top.map((b) => b.person)).toEqual(['Pat Morgan']);
    expect(positions.find((p) => p.person === 'Dana Reyes')?.reportsTo).toBe('person:p1');
    expect(positions.find((p) => p.id === 'group:Grade 3')).toMatchObject({ title: 'Grade 3', person: '2 people', reportsTo: 'person:p1' });
    // Three formal leaders, six groups (the coach, alone in Mathematics, is on the chart herself).
    expect(positions).toHaveLength(3 + 6);
  });

  it('does not take an assistant principal for the head', () => {
    const people = base.people.filter((p) => p.id !== 'p1');
    expect(
      orgLayout(rosterChart(people, (p) => p.name))
        .boxes.filter((b) => b.depth === 0)
        .map((b) => b.person),
    ).toEqual(['Dana Reyes']);
    const reordered = [base.people[1]!, base.people[0]!, ...base.people.slice(2)];
    expect(rosterChart(reordered, (p) => p.name).find((p) => p.reportsTo === '')?.person).toBe('Pat Morgan');
  });
});
