/**
 * The organization chart a learner builds in Activity 2: positions, who holds each, and whom
 * each reports to. Lays it out as a tree and lines it up against the advice network, so formal
 * position and advice centrality can be compared. Pure; unit-tested in tests/unit/network.test.ts.
 */
import { personKey, type PersonNode } from './network';

export interface Position {
  id: string;
  /** The formal title, e.g. "Assistant principal". */
  title: string;
  /** Who holds it, as the learner writes the name; may be empty. */
  person: string;
  /** Id of the position this one reports to; '' (or an unknown id) for the top of the chart. */
  reportsTo: string;
}

/**
 * Whom each position effectively reports to: an unknown id, a self-reference or a link that
 * would close a loop counts as "nobody", so every chart is a forest.
 */
export function effectiveParents(positions: readonly Position[]): Map<string, string | undefined> {
  const ids = new Set(positions.map((p) => p.id));
  const parent = new Map<string, string | undefined>();
  for (const p of positions) parent.set(p.id, p.reportsTo && p.reportsTo !== p.id && ids.has(p.reportsTo) ? p.reportsTo : undefined);
  // Break loops: walk up from each position; a walk that comes back to a visited position cuts
  // the link where the loop closes.
  for (const p of positions) {
    const seen = new Set<string>([p.id]);
    let at = p.id;
    for (;;) {
      const up = parent.get(at);
      if (up === undefined) break;
      if (seen.has(up)) {
        parent.set(at, undefined);
        break;
      }
      seen.add(up);
      at = up;
    }
  }
  return parent;
}

/** The positions under `id` (not including it): a position cannot report to one of these. */
export function descendantsOf(positions: readonly Position[], id: string): Set<string> {
  const parent = effectiveParents(positions);
  const out = new Set<string>();
  for (const p of positions) {
    let at = parent.get(p.id);
    const seen = new Set<string>();
    while (at !== undefined && !seen.has(at)) {
      if (at === id) {
        out.add(p.id);
        break;
      }
      seen.add(at);
      at = parent.get(at);
    }
  }
  return out;
}

export interface ChartBox {
  id: string;
  title: string;
  person: string;
  /** 0 at the top of the chart. */
  depth: number;
  /** Centre of the box, in SVG user units. */
  x: number;
  y: number;
}

export interface ChartLayout {
  boxes: ChartBox[];
  /** Reporting lines, from the manager's box to the report's. */
  lines: { from: string; to: string }[];
  width: number;
  height: number;
}

export const BOX_WIDTH = 150;
export const BOX_HEIGHT = 46;
const GAP_X = 16;
const GAP_Y = 40;
const PAD = 10;

/**
 * A tidy tree: leaves side by side in the order the learner listed them, each manager centred
 * over its reports, one row per level.
 */
export function orgLayout(positions: readonly Position[]): ChartLayout {
  const parent = effectiveParents(positions);
  const children = new Map<string | undefined, Position[]>();
  for (const p of positions) {
    const up = parent.get(p.id);
    children.set(up, [...(children.get(up) ?? []), p]);
  }
  const boxes: ChartBox[] = [];
  const lines: { from: string; to: string }[] = [];
  let nextSlot = 0;
  let maxDepth = 0;
  const place = (p: Position, depth: number): number => {
    maxDepth = Math.max(maxDepth, depth);
    const kids = children.get(p.id) ?? [];
    let slot: number;
    if (kids.length === 0) {
      slot = nextSlot;
      nextSlot += 1;
    } else {
      const slots = kids.map((k) => {
        lines.push({ from: p.id, to: k.id });
        return place(k, depth + 1);
      });
      slot = ((slots[0] ?? 0) + (slots[slots.length - 1] ?? 0)) / 2;
    }
    boxes.push({
      id: p.id,
      title: p.title,
      person: p.person,
      depth,
      x: PAD + BOX_WIDTH / 2 + slot * (BOX_WIDTH + GAP_X),
      y: PAD + BOX_HEIGHT / 2 + depth * (BOX_HEIGHT + GAP_Y),
    });
    return slot;
  };
  for (const root of children.get(undefined) ?? []) place(root, 0);
  const order = new Map(positions.map((p, i) => [p.id, i]));
  boxes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    boxes,
    lines,
    width: Math.max(1, nextSlot) * (BOX_WIDTH + GAP_X) - GAP_X + 2 * PAD,
    height: positions.length ? (maxDepth + 1) * (BOX_HEIGHT + GAP_Y) - GAP_Y + 2 * PAD : 2 * PAD,
  };
}

export interface Placement {
  person: PersonNode;
  /** Positions the person holds on the learner's chart (matched by name, like the network). */
  positions: { id: string; title: string; depth: number }[];
}

/** Where each person of the network sits on the chart, if anywhere. */
export function placeOnChart(people: readonly PersonNode[], positions: readonly Position[]): Placement[] {
  const layout = orgLayout(positions);
  const depth = new Map(layout.boxes.map((b) => [b.id, b.depth]));
  const byKey = new Map<string, { id: string; title: string; depth: number }[]>();
  for (const p of positions) {
    const key = personKey(p.person);
    if (!key) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), { id: p.id, title: p.title, depth: depth.get(p.id) ?? 0 }]);
  }
  return people.map((person) => ({ person, positions: byKey.get(person.key) ?? [] }));
}

/** The chart in words: how many positions and levels, and who sits at the top. */
export function describeChart(positions: readonly Position[]): string {
  if (positions.length === 0) return 'The chart is empty: add the positions in your school.';
  const layout = orgLayout(positions);
  const levels = Math.max(...layout.boxes.map((b) => b.depth)) + 1;
  const tops = layout.boxes.filter((b) => b.depth === 0);
  const name = (b: ChartBox) => `${b.title || 'an untitled position'}${b.person ? ` (${b.person})` : ''}`;
  return `The chart has ${positions.length} ${positions.length === 1 ? 'position' : 'positions'} on ${levels} ${levels === 1 ? 'level' : 'levels'}; at the top: ${tops.map(name).join(', ')}.`;
}

export interface ChartNode {
  id: string;
  title: string;
  person: string;
  reports: ChartNode[];
}

/** The chart as a tree, top positions first and each position's reports in the learner's order: the structure as text. */
export function chartTree(positions: readonly Position[]): ChartNode[] {
  const parent = effectiveParents(positions);
  const node = (p: Position): ChartNode => ({
    id: p.id,
    title: p.title,
    person: p.person,
    reports: positions.filter((q) => parent.get(q.id) === p.id).map(node),
  });
  return positions.filter((p) => parent.get(p.id) === undefined).map(node);
}
