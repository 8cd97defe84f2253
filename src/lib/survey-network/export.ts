/**
 * The survey network's files: the ties and the people as CSV (for a spreadsheet), GraphML (for
 * Gephi, yEd or UCINET), and the picture as a standalone SVG. Names, roles and groups are the
 * leader's and staff's own text: in CSV each cell is neutralised against formula injection
 * (lib/csv.ts); in XML every piece of it is escaped and only ever text or an attribute value.
 * People are written through `label`, so the anonymised view exports role codes only.
 * Pure; unit-tested in tests/unit/survey-network-export.test.ts.
 */
import { toCsv } from '../csv';
import type { PersonResult, QuestionNetwork } from './measures';
import type { NetworkLayout } from './layout';

export const FREQUENCY_WORDS: Record<number, string> = { 1: 'rarely', 2: 'monthly', 3: 'weekly', 4: 'daily' };

type Label = (p: PersonResult) => string;

const round = (x: number, digits = 4) => String(Math.round(x * 10 ** digits) / 10 ** digits);

/** One row per tie: who goes to whom, how often, and whether it is returned. */
export function tiesCsv(network: QuestionNetwork, label: Label, anonymised: boolean): string {
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const mutual = new Set(network.mutualPairs.flatMap(([a, b]) => [`${a}>${b}`, `${b}>${a}`]));
  const who = (id: string) => {
    const p = byId.get(id);
    return p ? label(p) : '';
  };
  const head = anonymised
    ? ['from', 'to', 'frequency', 'frequency_word', 'mutual']
    : ['from_id', 'from', 'to_id', 'to', 'frequency', 'frequency_word', 'mutual'];
  const rows = network.ties.map((t) => {
    const common = [String(t.frequency), FREQUENCY_WORDS[t.frequency] ?? '', mutual.has(`${t.from}>${t.to}`) ? 'yes' : 'no'];
    return anonymised ? [who(t.from), who(t.to), ...common] : [t.from, who(t.from), t.to, who(t.to), ...common];
  });
  return toCsv([head, ...rows]);
}

/** One row per person with every measure the picture shows. */
export function peopleCsv(network: QuestionNetwork, label: Label, anonymised: boolean): string {
  const head = [
    ...(anonymised ? ['person'] : ['id', 'name']),
    'role',
    'group',
    'formal_position',
    'answered',
    'sought_by',
    'goes_to',
    'place',
    'betweenness',
    'brokerage_share',
    'mutual_ties',
    'tied_to_nobody',
    'subgroup',
    'hidden_leader',
  ];
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  const rows = network.people.map((p) => [
    ...(anonymised ? [label(p)] : [p.id, label(p)]),
    p.role,
    p.group,
    yes(p.formal),
    yes(p.answered),
    String(p.inDegree),
    String(p.outDegree),
    String(p.rank),
    round(p.betweenness),
    round(p.brokerage),
    String(p.mutual.length),
    yes(p.isolate),
    p.community >= 0 ? String(p.community + 1) : '',
    yes(p.hiddenLeader),
  ]);
  return toCsv([head, ...rows]);
}

/** Text for XML: the five special characters escaped, and characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 does not allow
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * GraphML (graphml.graphdrawing.org), which Gephi opens: one directed graph, node attributes
 * for every measure, edge weight = how often. Ids are the survey's own in the named view and
 * the role codes in the anonymised one, so the file carries nothing else that names a person.
 */
export function graphml(network: QuestionNetwork, label: Label, anonymised: boolean, schoolName: string): string {
  const id = (p: PersonResult) => (anonymised ? label(p) : p.id);
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const keys: [string, string, 'node' | 'edge', string][] = [
    ['label', 'label', 'node', 'string'],
    ['role', 'role', 'node', 'string'],
    ['group', 'group', 'node', 'string'],
    ['formal', 'formal_position', 'node', 'boolean'],
    ['answered', 'answered', 'node', 'boolean'],
    ['indegree', 'sought_by', 'node', 'int'],
    ['outdegree', 'goes_to', 'node', 'int'],
    ['betweenness', 'betweenness', 'node', 'double'],
    ['subgroup', 'subgroup', 'node', 'int'],
    ['hidden', 'hidden_leader', 'node', 'boolean'],
    ['weight', 'weight', 'edge', 'double'],
  ];
  const data = (key: string, value: string) => `      <data key="${key}">${xmlText(value)}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${xmlText(`${schoolName}: ${network.question.prompt}`).replace(/--/g, '- -')} -->`,
    ...keys.map(([key, name, scope, type]) => `  <key id="${key}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="advice" edgedefault="directed">',
  ];
  for (const p of network.people) {
    lines.push(
      `    <node id="${xmlText(id(p))}">`,
      data('label', label(p)),
      data('role', p.role),
      data('group', p.group),
      data('formal', String(p.formal)),
      data('answered', String(p.answered)),
      data('indegree', String(p.inDegree)),
      data('outdegree', String(p.outDegree)),
      data('betweenness', round(p.betweenness)),
      data('subgroup', String(p.community + 1)),
      data('hidden', String(p.hiddenLeader)),
      '    </node>',
    );
  }
  network.ties.forEach((t, i) => {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to) return;
    lines.push(`    <edge id="e${i + 1}" source="${xmlText(id(from))}" target="${xmlText(id(to))}">`, data('weight', String(t.frequency)), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Which people carry a name in the picture: everyone in a small school, else the notable. */
export function labelled(network: QuestionNetwork, limit = 30): Set<string> {
  if (network.people.length <= limit) return new Set(network.people.map((p) => p.id));
  const top = [...network.people].sort((a, b) => b.inDegree - a.inDegree).slice(0, 10);
  return new Set([...network.people.filter((p) => p.formal || p.hiddenLeader), ...top].map((p) => p.id));
}

/**
 * The picture as a standalone SVG file, with its own colours (the page's theme does not travel):
 * ties as arrows, circles sized by how often sought, a ring for a formal position, filled for a
 * hidden leader, names (or codes) beside the notable.
 */
export function networkSvg(network: QuestionNetwork, layout: NetworkLayout, label: Label, title: string): string {
  const { width, height } = layout;
  const named = labelled(network);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif">`,
    `  <title>${xmlText(title)}</title>`,
    '  <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7280"/></marker></defs>',
    `  <rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '  <g stroke="#6b7280" stroke-opacity="0.45" fill="none">',
  ];
  for (const t of network.ties) {
    const a = layout.nodes.get(t.from);
    const b = layout.nodes.get(t.to);
    if (!a || !b) continue;
    const [x2, y2] = endAt(a, b);
    out.push(
      `    <line x1="${round(a.x, 1)}" y1="${round(a.y, 1)}" x2="${round(x2, 1)}" y2="${round(y2, 1)}" stroke-width="${0.5 + t.frequency * 0.35}" marker-end="url(#arrow)"/>`,
    );
  }
  out.push('  </g>', '  <g font-size="11">');
  for (const p of network.people) {
    const at = layout.nodes.get(p.id);
    if (!at) continue;
    const fill = p.hiddenLeader ? '#b45309' : '#2563eb';
    out.push(
      `    <circle cx="${round(at.x, 1)}" cy="${round(at.y, 1)}" r="${round(at.r, 1)}" fill="${fill}" fill-opacity="${p.hiddenLeader ? 0.9 : 0.35}" stroke="${fill}" stroke-width="1.5"/>`,
    );
    if (p.formal)
      out.push(`    <circle cx="${round(at.x, 1)}" cy="${round(at.y, 1)}" r="${round(at.r + 3.5, 1)}" fill="none" stroke="#111827" stroke-width="1.2"/>`);
    if (named.has(p.id))
      out.push(
        `    <text x="${round(at.x + at.r + 4, 1)}" y="${round(at.y + 4, 1)}" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xmlText(label(p))}</text>`,
      );
  }
  out.push('  </g>', '</svg>', '');
  return out.join('\n');
}

/** Where a tie's arrow ends: at the edge of the target's circle, not its centre. */
export function endAt(a: { x: number; y: number }, b: { x: number; y: number; r: number }): [number, number] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.hypot(dx, dy) || 1;
  return [b.x - (dx / d) * (b.r + 1.5), b.y - (dy / d) * (b.r + 1.5)];
}
