import type { MouseEvent } from 'react';
import { crossing, groupRoute, individualRoute, inputSpecs, niceTicks, series, type TimelineInputs } from '../../blocks/decision-timeline/model';

const W = 420;
const H = 300;
const M = { top: 16, right: 14, bottom: 44, left: 48 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Total time to a decision being carried out, against the number of people who must commit,
 * for a leader deciding alone and for a group. Clicking the chart moves the people marker
 * there (the slider does the same by keyboard).
 */
export function CrossingChart(props: { id: string; inputs: TimelineInputs; description: string; onPickPeople?: ((n: number) => void) | undefined }) {
  const { id, inputs, description, onPickPeople } = props;
  const maxPeople = inputSpecs.people.max;
  const data = series(inputs, maxPeople);
  const yMax = Math.max(1, ...data.map((d) => Math.max(d.individual, d.group)));
  const yTicks = niceTicks(yMax, 5);
  const yTop = yTicks[yTicks.length - 1] ?? yMax;
  const xTicks = [1, 20, 40, 60].filter((t) => t <= maxPeople);
  const x = (n: number) => M.left + ((n - 1) / Math.max(1, maxPeople - 1)) * PW;
  const y = (h: number) => M.top + PH - (h / yTop) * PH;
  const path = (key: 'individual' | 'group') => data.map((d, i) => `${i ? 'L' : 'M'}${x(d.people).toFixed(1)},${y(d[key]).toFixed(1)}`).join('');
  const cross = crossing(inputs);
  const crossIn = cross !== undefined && cross >= 1 && cross <= maxPeople;
  const crossY = crossIn ? y(individualRoute(inputs, cross).total) : 0;
  const n = inputs.people;

  const pick = (e: MouseEvent<SVGRectElement>) => {
    if (!onPickPeople) return;
    const box = e.currentTarget.getBoundingClientRect();
    const frac = (e.clientX - box.left) / Math.max(1, box.width);
    onPickPeople(Math.min(maxPeople, Math.max(1, Math.round(1 + frac * (maxPeople - 1)))));
  };

  return (
    <svg className="timeline-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} data-chart="crossing">
      <title id={`${id}-title`}>Time until the decision is carried out, by the number of people who must commit</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="axis">
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={M.left + PW} y1={y(t)} y2={y(t)} className="gridline" />
            <text x={M.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle">
              {t}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={M.top + PH + 16} textAnchor="middle">
            {t}
          </text>
        ))}
        <line x1={M.left} x2={M.left + PW} y1={M.top + PH} y2={M.top + PH} className="axis-line" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + PH} className="axis-line" />
        <text x={M.left + PW / 2} y={H - 6} textAnchor="middle" className="axis-title">
          People who must commit
        </text>
        <text transform={`translate(14 ${M.top + PH / 2}) rotate(-90)`} textAnchor="middle" className="axis-title">
          Hours
        </text>
      </g>
      <line x1={x(n)} x2={x(n)} y1={M.top} y2={M.top + PH} className="people-marker" data-people-marker={n} />
      <path d={path('individual')} className="line-individual" fill="none" />
      <path d={path('group')} className="line-group" fill="none" />
      <circle cx={x(n)} cy={y(individualRoute(inputs).total)} r={4} className="dot-individual" />
      <circle cx={x(n)} cy={y(groupRoute(inputs).total)} r={4} className="dot-group" />
      {crossIn && (
        <g data-crossing={round(cross)}>
          <circle cx={x(cross)} cy={crossY} r={7} className="crossing" />
          <text
            x={x(cross) > W * 0.55 ? x(cross) - 10 : x(cross) + 10}
            y={crossY - 12}
            textAnchor={x(cross) > W * 0.55 ? 'end' : 'start'}
            className="crossing-label"
          >
            Lines cross at about {round(cross)}
          </text>
        </g>
      )}
      {onPickPeople && <rect x={M.left} y={M.top} width={PW} height={PH} fill="transparent" className="pick-area" onClick={pick} data-pick-area />}
    </svg>
  );
}

/**
 * The time line itself, as Sashkin and Morris drew it: for each route, the time spent deciding
 * and then carrying out, on one scale.
 */
export function PhaseBars(props: { id: string; inputs: TimelineInputs }) {
  const { id, inputs } = props;
  const solo = individualRoute(inputs);
  const group = groupRoute(inputs);
  const max = Math.max(1, solo.total, group.total);
  const BW = 420;
  // Each route's name sits above its bar, not beside it: with a reader's wider letter and word
  // spacing (WCAG 1.4.12) a name beside the bar ran into it.
  const label = 0;
  const bar = BW - label - 56;
  const w = (h: number) => (h / max) * bar;
  const rows = [
    { key: 'individual', name: 'Leader decides alone', short: 'Leader alone', route: solo },
    { key: 'group', name: 'Group decides together', short: 'Group together', route: group },
  ];
  return (
    <svg className="timeline-bars" viewBox={`0 0 ${BW} 118`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} data-chart="bars">
      <title id={`${id}-title`}>Decision time and carrying-out time for each route</title>
      <desc id={`${id}-desc`}>
        {rows
          .map(
            (r) => `${r.name}: ${round(r.route.decide)} hours deciding, then ${round(r.route.implement)} hours carrying out, ${round(r.route.total)} in all.`,
          )
          .join(' ')}
      </desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
        </pattern>
      </defs>
      {rows.map((r, i) => {
        const top = 10 + i * 44;
        return (
          <g key={r.key}>
            <text x={0} y={top + 4} className="bar-label">
              {r.short}
            </text>
            <rect x={label} y={top + 10} width={w(r.route.decide)} height={18} className="bar-decide" />
            <rect x={label + w(r.route.decide)} y={top + 10} width={w(r.route.implement)} height={18} className="bar-implement" fill={`url(#${id}-hatch)`} />
            <text x={label + w(r.route.total) + 6} y={top + 23} className="bar-total">
              {round(r.route.total)} h
            </text>
          </g>
        );
      })}
      <g className="bar-key" transform="translate(0 104)">
        <rect width={14} height={10} className="bar-decide" />
        <text x={20} y={9}>
          deciding
        </text>
        <rect x={100} width={14} height={10} className="bar-implement" fill={`url(#${id}-hatch)`} />
        <text x={120} y={9}>
          explaining and winning commitment
        </text>
      </g>
    </svg>
  );
}
