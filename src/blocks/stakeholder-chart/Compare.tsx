import { valueFor } from '../answers';
import { chartColumns } from './stakeholders';
import { shownName } from '../cohort-parts';
import type { CompareProps } from '../compare-props';

/** Stakeholder charts merged per stakeholder: each stakeholder's row from every learner together, the outcomes and losses they named grouped. */
export function StakeholderChartCompare({ block, answers }: CompareProps<'stakeholder-chart'>) {
  const rows = answers.flatMap((a) =>
    (valueFor('stakeholder-chart', a.answer)?.charts ?? []).flatMap((c) => c.rows.map((r) => ({ learner: shownName(a), chart: c.title, row: r }))),
  );
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const k = (r.row.name || 'Unnamed').trim().toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={`${block.label}: merged by stakeholder`}>
      <table data-merged-chart>
        <thead>
          <tr>
            <th scope="col">Stakeholder</th>
            <th scope="col">Learner</th>
            {chartColumns.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...groups.values()].flatMap((g) =>
            g.map((r, i) => (
              <tr key={`${r.learner}-${r.row.id}-${i}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={g.length}>
                    {r.row.name || 'Unnamed'}
                  </th>
                ) : null}
                <td>{r.learner}</td>
                {chartColumns.map((c) => (
                  <td key={c.id} className="pre">
                    {c.id === 'losses' ? [r.row.losses.join(', '), r.row.cells[c.id]].filter(Boolean).join('. ') : (r.row.cells[c.id] ?? '')}
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
