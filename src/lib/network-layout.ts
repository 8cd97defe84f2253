/**
 * Places the advice network's nodes with a small force simulation (d3-force): ties pull,
 * nodes push apart and never overlap. Runs to rest in one go, with d3's seeded randomness, so
 * the same network always gets the same picture. Kept apart from network.ts so pages load
 * d3-force only where a map is drawn.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { MAP_HEIGHT, MAP_WIDTH, ROLE_HALF, personRadius, type AdviceGraph, type PlacedNode } from './network';

/** Space kept free at the edges for name labels. */
const EDGE = 16;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

export function layoutAdviceGraph(graph: AdviceGraph, width = MAP_WIDTH, height = MAP_HEIGHT): Map<string, PlacedNode> {
  const nodes: SimNode[] = [
    ...graph.roles.map((r) => ({ id: r.id, r: ROLE_HALF * 1.3 })),
    ...graph.people.map((p) => ({ id: p.id, r: personRadius(p.count) })),
  ];
  const links = graph.ties.map((t) => ({ source: t.source, target: t.target, weight: t.weight }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number] & { source: string | SimNode; target: string | SimNode }>(links)
        .id((d) => d.id)
        .distance(90)
        .strength(0.5),
    )
    .force('charge', forceManyBody().strength(-260))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + 14),
    )
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.09))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);

  // Fit the drawing into the frame: shrink distances (not circles) if it spilled over.
  const xs = nodes.map((n) => (Number.isFinite(n.x) ? (n.x as number) : width / 2));
  const ys = nodes.map((n) => (Number.isFinite(n.y) ? (n.y as number) : height / 2));
  const minX = Math.min(...xs.map((x, i) => x - (nodes[i]?.r ?? 0)));
  const maxX = Math.max(...xs.map((x, i) => x + (nodes[i]?.r ?? 0)));
  const minY = Math.min(...ys.map((y, i) => y - (nodes[i]?.r ?? 0)));
  const maxY = Math.max(...ys.map((y, i) => y + (nodes[i]?.r ?? 0)));
  // Spread a small drawing out too, up to 1.6 times, so a few nodes do not huddle in the middle.
  const scale = Math.min(1.6, (width - 2 * EDGE - 90) / Math.max(1, maxX - minX), (height - 2 * EDGE - 12) / Math.max(1, maxY - minY));
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  const placed = new Map<string, PlacedNode>();
  nodes.forEach((n, i) => {
    const x = width / 2 + ((xs[i] ?? midX) - midX) * scale;
    const y = height / 2 - 6 + ((ys[i] ?? midY) - midY) * scale;
    placed.set(n.id, { id: n.id, r: n.r, x: clamp(x, n.r + EDGE, width - n.r - EDGE), y: clamp(y, n.r + EDGE, height - n.r - EDGE - 12) });
  });
  return placed;
}

const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));
