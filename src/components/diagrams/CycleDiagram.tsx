import type { Stage } from '../../lib/cycle';

const W = 320;
const H = 272;
const R = 100;
const NODE = 52;

/**
 * The phases as a loop of circles, each with the number of people or groups taking part; the
 * planner's table lists the names, and the description says them in words.
 */
export function CycleDiagram(props: { id: string; stages: readonly Stage[]; counts: readonly number[]; description: string }) {
  const { id, stages, counts, description } = props;
  const at = (i: number) => {
    const a = -Math.PI / 2 + (i / Math.max(1, stages.length)) * 2 * Math.PI;
    return { x: W / 2 + R * Math.cos(a), y: 162 + R * Math.sin(a) };
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
    <svg className="cycle-diagram" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
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
        const lines = wrapLabel(s.label);
        // A third line moves the number and the name up, to stay inside the circle.
        const lift = Math.max(0, lines.length - 2) * 7;
        return (
          <g key={s.id} data-stage={s.id} data-count={n}>
            <circle cx={p.x} cy={p.y} r={NODE} className={n === 0 ? 'cycle-node empty' : 'cycle-node'} />
            <text x={p.x} y={p.y - 12 - lift} textAnchor="middle" className="cycle-count">
              {n}
            </text>
            {lines.map((line, k) => (
              <text key={k} x={p.x} y={p.y + 8 - lift + k * 14} textAnchor="middle" className="cycle-stage">
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The phase name in up to three short lines, to fit inside its circle (the course's phase names fit whole). */
export function wrapLabel(label: string, width = 13, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept.map((l) => (l.length > width + 1 ? `${l.slice(0, width - 1)}…` : l));
  }
  return lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}
