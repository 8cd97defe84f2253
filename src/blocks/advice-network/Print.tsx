import { Cells, count, type PrintLayout, type PrintProps } from '../print-parts';

/** The help on screen speaks of the tool; this form says what to do on paper. */
export const screenHelp = false;

export const layout: PrintLayout = { breakable: true };

/**
 * On paper the network is drawn by hand from the advice grids above it, and the formal chart is
 * a table to complete: the starting positions filled in, room for more.
 */
export function Print({ block }: PrintProps<'advice-network'>) {
  const title = new Map(block.starter.map((p) => [p.id, p.title]));
  return (
    <>
      <p className="ho-help">
        Draw the network from your grids ({block.sources.map((s) => s.topic).join('; ')}): a circle for each person named, and an arrow from each role to each
        person it asks for advice. A person many arrows reach is someone others rely on.
      </p>
      <div className="ho-draw" aria-hidden="true" />
      <table tabIndex={0} className="ho-table">
        <caption>The formal organization chart: who holds each position, and whom it reports to.</caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            <th scope="col">Person in it</th>
            <th scope="col">Reports to</th>
          </tr>
        </thead>
        <tbody>
          {block.starter.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.title}</th>
              <td className="ho-cell short" />
              <td>{p.reportsTo ? title.get(p.reportsTo) : '—'}</td>
            </tr>
          ))}
          {count(4).map((i) => (
            <tr key={`own-${i}`}>
              <Cells n={3} short />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
