import { Cells, count, Head, type PrintLayout, type PrintProps } from '../print-parts';
import type { BlockOf } from '../types';

export const layout = (block: BlockOf<'grid'>): PrintLayout => ({ landscape: block.columns.length > 3, breakable: true });

export function Print({ block }: PrintProps<'grid'>) {
  return (
    <table tabIndex={0} className="ho-table">
      <Head first={block.rowHeader} columns={block.columns} />
      <tbody>
        {block.rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <Cells n={block.columns.length} />
          </tr>
        ))}
        {block.addRows &&
          count(2).map((i) => (
            <tr key={`own-${i}`}>
              <Cells n={block.columns.length + 1} />
            </tr>
          ))}
      </tbody>
    </table>
  );
}
