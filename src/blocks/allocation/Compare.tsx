import { valueFor } from '../answers';
import { median } from '../../lib/board/aggregate';
import { Bar, shownName } from '../cohort-parts';
import type { CompareProps } from '../compare-props';

const round = (x: number | undefined) => (x === undefined ? '–' : String(Math.round(x * 10) / 10));

/**
 * Shares (e.g. Activity 1's attention estimate) of every learner together: per item, each
 * estimate as a dot on one line with the median marked, then the table of every estimate.
 */
export function AllocationCompare({ block, answers }: CompareProps<'allocation'>) {
  const rows = answers.map((a) => ({ a, v: valueFor('allocation', a.answer) })).filter((r) => r.v && Object.keys(r.v).length > 0);
  const medians = block.items.map((i) => median(rows.map((r) => r.v![i.id] ?? 0)));
  const x = (n: number) => 10 + (Math.min(block.total, Math.max(0, n)) / block.total) * 380;
  return (
    <>
      <ul className="cohort-strips" aria-label={`${block.label}: every estimate, median marked`}>
        {block.items.map((item, j) => (
          <li key={item.id} data-estimates={item.id}>
            <span>
              {item.label}: median {round(medians[j])}
              {block.unit}, from {round(Math.min(...rows.map((r) => r.v![item.id] ?? 0)))} to {round(Math.max(...rows.map((r) => r.v![item.id] ?? 0)))}
              {block.unit} ({rows.length} {rows.length === 1 ? 'estimate' : 'estimates'})
            </span>
            <svg viewBox="0 0 400 28" className="cohort-strip" aria-hidden="true">
              <line x1="10" x2="390" y1="14" y2="14" className="strip-axis" />
              {rows.map((r) => (
                <circle key={r.a.id} cx={x(r.v![item.id] ?? 0)} cy="14" r="5" className="strip-dot" />
              ))}
              {medians[j] !== undefined && <line x1={x(medians[j]!)} x2={x(medians[j]!)} y1="2" y2="26" className="strip-median" />}
            </svg>
          </li>
        ))}
      </ul>
      <div className="table-wrap" tabIndex={0} role="group" aria-label={`${block.label}: every estimate`}>
        <table data-overlay>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              {block.items.map((i) => (
                <th scope="col" key={i.id}>
                  {i.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ a, v }, n) => (
              <tr key={a.id}>
                <th scope="row">{a.name?.trim() ? shownName(a) : `Anonymous ${n + 1}`}</th>
                {block.items.map((i) => (
                  <td key={i.id}>
                    <Bar part={v![i.id] ?? 0} whole={block.total} />
                    {v![i.id] ?? 0}
                    {block.unit}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-median>
              <th scope="row">Median</th>
              {block.items.map((i, j) => (
                <td key={i.id}>
                  {round(medians[j])}
                  {block.unit}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
