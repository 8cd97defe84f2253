import { useEffect, useMemo, useState } from 'react';
import { MAP_HEIGHT, MAP_WIDTH, ROLE_HALF, type AdviceGraph, type PlacedNode } from '../../lib/network';

type LayoutModule = typeof import('../../lib/network-layout');

const short = (s: string, n = 22) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The advice network as a drawing: roles (squares) tied to the people they ask (circles sized
 * by how often they are named). The layout code (d3-force) loads only when a map is drawn.
 * An image for assistive technology; the tables beside it list every node and tie, and their
 * buttons do by keyboard what clicking a node does here.
 */
export function NetworkMap(props: {
  id: string;
  graph: AdviceGraph;
  description: string;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  /** People who hold a position on the learner's chart: drawn with a second ring. */
  onChart: ReadonlySet<string>;
}) {
  const { id, graph, description, selected, onSelect, onChart } = props;
  const [layout, setLayout] = useState<LayoutModule>();
  useEffect(() => {
    let live = true;
    void import('../../lib/network-layout').then((m) => {
      if (live) setLayout(m);
    });
    return () => {
      live = false;
    };
  }, []);
  const placed = useMemo(() => layout?.layoutAdviceGraph(graph), [layout, graph]);
  const at = (nodeId: string): PlacedNode | undefined => placed?.get(nodeId);
  const linked = useMemo(() => {
    const s = new Set<string>();
    if (selected) for (const t of graph.ties) if (t.source === selected || t.target === selected) s.add(t.id);
    return s;
  }, [graph, selected]);
  const near = (nodeId: string) => nodeId === selected || graph.ties.some((t) => linked.has(t.id) && (t.source === nodeId || t.target === nodeId));

  return (
    <svg
      className={selected ? 'network-map has-selection' : 'network-map'}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-network-map
      data-ready={placed ? 'true' : 'false'}
    >
      <title id={`${id}-title`}>Advice network</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {!placed && graph.people.length > 0 && (
        <text x={MAP_WIDTH / 2} y={MAP_HEIGHT / 2} textAnchor="middle" className="map-note">
          Drawing the map…
        </text>
      )}
      {placed && (
        <>
          <g className="ties">
            {graph.ties.map((t) => {
              const a = at(t.source);
              const b = at(t.target);
              if (!a || !b) return null;
              return (
                <line
                  key={t.id}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  className={linked.has(t.id) ? 'tie on' : 'tie'}
                  strokeWidth={1 + t.weight}
                  data-tie={`${t.source}|${t.target}`}
                />
              );
            })}
          </g>
          <g className="nodes">
            {graph.roles.map((r) => {
              const p = at(r.id);
              if (!p) return null;
              return (
                <g
                  key={r.id}
                  className={near(r.id) ? 'node role on' : 'node role'}
                  data-node={r.id}
                  onClick={() => onSelect(selected === r.id ? undefined : r.id)}
                >
                  <rect x={p.x - ROLE_HALF} y={p.y - ROLE_HALF} width={ROLE_HALF * 2} height={ROLE_HALF * 2} rx={2} />
                  <text x={p.x} y={p.y + ROLE_HALF + 13} textAnchor="middle" className="node-label role-label">
                    {short(r.label)}
                  </text>
                </g>
              );
            })}
            {graph.people.map((person) => {
              const p = at(person.id);
              if (!p) return null;
              const right = p.x < MAP_WIDTH * 0.72;
              return (
                <g
                  key={person.id}
                  className={near(person.id) ? 'node person on' : 'node person'}
                  data-node={person.id}
                  data-count={person.count}
                  onClick={() => onSelect(selected === person.id ? undefined : person.id)}
                >
                  {onChart.has(person.id) && <circle cx={p.x} cy={p.y} r={p.r + 4} className="chart-ring" />}
                  <circle cx={p.x} cy={p.y} r={p.r} />
                  <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central" className="node-count">
                    {person.count}
                  </text>
                  <text
                    x={right ? p.x + p.r + 5 : p.x - p.r - 5}
                    y={p.y}
                    textAnchor={right ? 'start' : 'end'}
                    dominantBaseline="central"
                    className="node-label"
                  >
                    {short(person.name)}
                  </text>
                </g>
              );
            })}
          </g>
        </>
      )}
    </svg>
  );
}
