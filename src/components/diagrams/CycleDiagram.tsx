import type { Stage } from '../../lib/cycle';

const SIZE = 300;
const R = 100;
const NODE = 44;

/**
 * The phases as a loop of circles, each with the number of people or groups taking part; the
 * planner's table lists the names, and the description says them in words.
 */
export function CycleDiagram(props: { id: string; stages: readonly Stage[]; counts: readonly number[]; description: string }) {
  const { id, stages, counts, description } = props;
  const at = (i: number) => {
    const a = -Math.PI / 2 + (i / Math.max(1, stages.length)) * 2 * Math.PI;
    return { x: SIZE / 2 + R * Math.cos(a), y: SIZE / 2 + R * Math.sin(a) };
  };
  const arc = (i: number) => {
    const a = at(i);
    const b = at((i + 1) % stages.length);
    // A curved arrow from the edge of one circle to the edge of the next.
    const trim = (p: { x: number; y: number }, q: { x: number; y: number }) => {
      const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / d) * (NODE + 6), y: p.y + ((q.y - p.y) / d) * (NODE + 6) };
    };
    const s = trim(a, b);
    const e = trim(b, a);
    return `M${s.x.toFixed(1)},${s.y.toFixed(1)} A${R * 1.4},${R * 1.4} 0 0 1 ${e.x.toFixed(1)},${e.y.toFixed(1)}`;
  };
  return (
    <svg className="cycle-diagram" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>Who takes part in each phase of the cycle</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="cycle-arrowhead" />
        </marker>
      </defs>
      {stages.length > 1 && stages.map((s, i) => <path key={s.id} d={arc(i)} className="cycle-arrow" fill="none" markerEnd={`url(#${id}-arrow)`} />)}
      {stages.map((s, i) => {
        const p = at(i);
        const n = counts[i] ?? 0;
        return (
          <g key={s.id} data-stage={s.id} data-count={n}>
            <circle cx={p.x} cy={p.y} r={NODE} className={n === 0 ? 'cycle-node empty' : 'cycle-node'} />
            <text x={p.x} y={p.y - 6} textAnchor="middle" className="cycle-count">
              {n}
            </text>
            <text x={p.x} y={p.y + 14} textAnchor="middle" className="cycle-stage">
              {shortLabel(s.label)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The first word or two of a phase name, to fit inside its circle. */
function shortLabel(label: string): string {
  const words = label.split(/\s+/);
  const first = words[0] ?? label;
  return first.length > 11 ? `${first.slice(0, 10)}…` : first;
}
