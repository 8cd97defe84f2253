import { vennLayout, type VennItem } from '../../lib/venn';

/** Stroke styles per circle, so the circles differ by more than colour. */
export const vennStyles = [
  { color: 'var(--fires)', dash: undefined },
  { color: 'var(--maintain)', dash: '7 4' },
  { color: 'var(--improve)', dash: '2 3' },
] as const;

const styleAt = (i: number) => vennStyles[i % vennStyles.length] ?? vennStyles[0];

/**
 * Three overlapping circles whose areas follow the shares. An image with a title and a
 * description; the sentence or table beside it carries the same information as text.
 */
export function VennDiagram(props: {
  id: string;
  title: string;
  description: string;
  items: readonly VennItem[];
  values: Readonly<Record<string, number>>;
  small?: boolean;
}) {
  const { id, title, description, items, values, small = false } = props;
  const layout = vennLayout(items, values);
  return (
    <svg
      className={small ? 'venn venn-small' : 'venn'}
      viewBox={`0 0 ${layout.size} ${layout.size}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-venn={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.circles.map((c, i) => {
        const s = styleAt(i);
        return (
          <circle
            key={c.id}
            data-item={c.id}
            data-r={c.r.toFixed(2)}
            cx={c.cx}
            cy={c.cy}
            r={c.r}
            fill={s.color}
            fillOpacity={0.22}
            stroke={s.color}
            strokeWidth={small ? 3 : 2.5}
            strokeDasharray={s.dash}
          />
        );
      })}
      {layout.circles.map((c) => (
        <text key={c.id} x={c.labelX} y={c.labelY} textAnchor={c.labelAnchor} dominantBaseline="middle" className="venn-percent">
          {c.percent}%
        </text>
      ))}
    </svg>
  );
}

/** The key to the circles: colour, line style and name of each. */
export function VennKey({ items }: { items: readonly VennItem[] }) {
  return (
    <ul className="venn-key">
      {items.map((item, i) => {
        const s = styleAt(i);
        return (
          <li key={item.id}>
            <svg viewBox="0 0 28 14" width="28" height="14" aria-hidden="true" focusable="false">
              <line x1="2" y1="7" x2="26" y2="7" stroke={s.color} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>
            {item.label}
          </li>
        );
      })}
    </ul>
  );
}
