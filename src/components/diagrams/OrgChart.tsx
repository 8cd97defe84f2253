import { BOX_HEIGHT, BOX_WIDTH, orgLayout, type Position } from '../../lib/org-chart';

const short = (s: string, n = 22) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The learner's organization chart as a tree of boxes. Each box shows the position, who holds
 * it and, when that person is on the advice map, how often they were named.
 */
export function OrgChart(props: {
  id: string;
  positions: readonly Position[];
  description: string;
  namedCount: (person: string) => number | undefined;
  /** The chart's accessible name (Activity 2: the learner's own chart). */
  title?: string;
}) {
  const { id, positions, description, namedCount, title = 'Your organization chart' } = props;
  const layout = orgLayout(positions);
  const box = new Map(layout.boxes.map((b) => [b.id, b]));
  return (
    <svg
      className="org-chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-org-chart
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.lines.map((l) => {
        const a = box.get(l.from);
        const b = box.get(l.to);
        if (!a || !b) return null;
        const midY = (a.y + BOX_HEIGHT / 2 + b.y - BOX_HEIGHT / 2) / 2;
        return (
          <path key={`${l.from}-${l.to}`} d={`M${a.x},${a.y + BOX_HEIGHT / 2} V${midY} H${b.x} V${b.y - BOX_HEIGHT / 2}`} className="org-line" fill="none" />
        );
      })}
      {layout.boxes.map((b) => {
        const count = b.person ? namedCount(b.person) : undefined;
        return (
          <g key={b.id} className={count ? 'org-box sought' : 'org-box'} data-position={b.id}>
            <rect x={b.x - BOX_WIDTH / 2} y={b.y - BOX_HEIGHT / 2} width={BOX_WIDTH} height={BOX_HEIGHT} rx={5} />
            <text x={b.x} y={b.y - 6} textAnchor="middle" className="org-title">
              {short(b.title || 'Untitled position')}
            </text>
            <text x={b.x} y={b.y + 12} textAnchor="middle" className="org-person">
              {short(b.person || '(nobody named)', count ? 16 : 22)}
              {count ? ` · ${count}×` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
