import { chartColumns, potentialLosses } from './stakeholders';
import { Cells, count, Head, type PrintLayout, type PrintProps } from '../print-parts';

export const layout: PrintLayout = { landscape: true, breakable: true };

export function Print({ block, cases }: PrintProps<'stakeholder-chart'>) {
  const theCase = block.scenario ? cases[block.scenario] : undefined;
  return (
    <>
      {theCase && (
        <p className="ho-help">
          The case: <a href={theCase.href}>{theCase.title}</a> (on its own case sheet).
        </p>
      )}
      <p className="ho-help">Losses people often fear: {potentialLosses.join(', ')}.</p>
      {!block.scenario && (
        <p className="ho-challenge">
          The challenge: <span className="ho-line" aria-hidden="true" />
        </p>
      )}
      <table tabIndex={0} className="ho-table ho-chart">
        <Head first="Stakeholder" columns={chartColumns.map((c) => ({ id: c.id, label: c.label, note: c.question }))} />
        <tbody>
          {block.stakeholders.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.label}</th>
              <Cells n={chartColumns.length} />
            </tr>
          ))}
          {count(block.stakeholders.length > 0 ? 1 : 5).map((i) => (
            <tr key={`own-${i}`}>
              <Cells n={chartColumns.length + 1} />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
