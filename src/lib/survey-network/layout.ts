/**
 * Where each person sits in the picture of a question's network: ForceAtlas2 (the layout Gephi
 * uses, from graphology's standard library) over the question's ties, then fitted to the frame.
 * Starts from a spiral ordered by group, so colleagues of one department start near each other,
 * and runs a fixed number of iterations with no randomness: the same answers always give the
 * same picture. Sizes follow how often a person is sought; ForceAtlas2's `adjustSizes` and then
 * Noverlap keep the circles from overlapping. Kept apart from measures.ts so the measures can
 * run without it. Unit-tested in tests/unit/survey-network-layout.test.ts.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { QuestionNetwork } from './measures';

export interface PlacedPerson {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface NetworkLayout {
  nodes: Map<string, PlacedPerson>;
  width: number;
  height: number;
}

/** Circle radius for someone named by `inDegree` colleagues. */
export const radiusFor = (inDegree: number) => 4 + 2.4 * Math.sqrt(inDegree);

/** Room at the edges for a name beside a circle. */
const MARGIN = 24;
/** Horizontal room for one untied person with a name beside the dot. */
export const UNTIED_LABELLED = 120;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The frame grows with the number of people, so 150 people are not packed into a stamp. */
export function frameFor(people: number): { width: number; height: number } {
  const width = Math.round(Math.min(1100, Math.max(560, 78 * Math.sqrt(people))));
  return { width, height: Math.round(width * 0.68) };
}

/** Iterations enough for a 150-person school to settle; fewer are needed for a small team. */
export const iterationsFor = (people: number) => Math.min(200, 80 + people);

export function layoutNetwork(network: QuestionNetwork, frame = frameFor(network.people.length)): NetworkLayout {
  const { width, height } = frame;
  const graph = new Graph({ type: 'directed', multi: false });
  // Start on a spiral, group by group, in roster order within a group.
  const ordered = network.people.map((p, i) => ({ p, i })).sort((a, b) => a.p.group.localeCompare(b.p.group) || a.i - b.i);
  ordered.forEach(({ p }, k) => {
    const distance = 10 * Math.sqrt(k + 1);
    graph.mergeNode(p.id, { x: distance * Math.cos(k * GOLDEN_ANGLE), y: distance * Math.sin(k * GOLDEN_ANGLE), size: radiusFor(p.inDegree) });
  });
  for (const t of network.ties) if (graph.hasNode(t.from) && graph.hasNode(t.to)) graph.mergeDirectedEdge(t.from, t.to, { weight: t.frequency });

  const placedRaw =
    graph.size > 0
      ? forceAtlas2(graph, {
          iterations: iterationsFor(graph.order),
          getEdgeWeight: null,
          settings: {
            ...forceAtlas2.inferSettings(graph),
            // Sought people pulled to the middle of those who seek them.
            outboundAttractionDistribution: true,
            adjustSizes: true,
          },
        })
      : Object.fromEntries(graph.mapNodes((id, a) => [id, { x: a.x as number, y: a.y as number }]));

  // Nobody tied to anyone drifts to the edge under ForceAtlas2; fit the tied ones to the frame
  // and park the untied on a row along the bottom, where they are easy to see.
  const tied = network.people.filter((p) => !p.isolate);
  const untied = network.people.filter((p) => p.isolate);
  const rowHeight = untied.length ? 2 * MARGIN : 0;
  const innerW = width - 2 * MARGIN - 60;
  const innerH = height - 2 * MARGIN - rowHeight;
  const fitted = fit(
    tied.map((p) => ({ id: p.id, r: radiusFor(p.inDegree), ...(placedRaw[p.id] ?? { x: 0, y: 0 }) })),
    innerW,
    innerH,
    60,
  );
  // Then push apart circles that still touch at the drawing's scale (Noverlap, graphology's
  // companion to ForceAtlas2), and fit again without enlarging.
  const spaced = new Graph();
  for (const n of fitted) spaced.addNode(n.id, { x: n.x, y: n.y, size: n.r });
  const apart = spaced.order > 1 ? noverlap(spaced, { maxIterations: 60, settings: { margin: 2, ratio: 1, expansion: 1.05 } }) : {};
  const final = fit(
    fitted.map((n) => ({ ...n, ...(apart[n.id] ?? {}) })),
    innerW,
    innerH,
    1,
  );
  const nodes = new Map<string, PlacedPerson>();
  for (const n of final) nodes.set(n.id, { id: n.id, r: n.r, x: width / 2 + n.x, y: MARGIN + innerH / 2 + n.y });
  // Room for a name beside each when few, dots alone when many (the table names everyone).
  const step = untied.length * UNTIED_LABELLED <= width - 2 * MARGIN ? UNTIED_LABELLED : 14;
  const perRow = Math.max(1, Math.floor((width - 2 * MARGIN) / step));
  untied.forEach((p, i) => {
    const row = Math.floor(i / perRow);
    nodes.set(p.id, { id: p.id, r: radiusFor(0), x: MARGIN + (i % perRow) * step + 7, y: height - MARGIN + row * 14 });
  });
  return { nodes, width, height: height + Math.max(0, Math.ceil(untied.length / perRow) - 1) * 14 };
}

/** Centres the points on 0,0 and scales them (by at most `maxScale`) so they fit `w` × `h`. */
function fit<T extends { x: number; y: number; r: number }>(points: T[], w: number, h: number, maxScale: number): T[] {
  if (points.length === 0) return points;
  const minX = Math.min(...points.map((p) => p.x));
  const maxX = Math.max(...points.map((p) => p.x));
  const minY = Math.min(...points.map((p) => p.y));
  const maxY = Math.max(...points.map((p) => p.y));
  const pad = 2 * Math.max(...points.map((p) => p.r));
  const scale = Math.min(maxScale, (w - pad) / Math.max(1e-9, maxX - minX), (h - pad) / Math.max(1e-9, maxY - minY));
  return points.map((p) => ({ ...p, x: (p.x - (minX + maxX) / 2) * scale, y: (p.y - (minY + maxY) / 2) * scale }));
}
