import { Box, Head, type PrintLayout, type PrintProps } from '../print-parts';
import { TermList } from '../../components/worksheet/TermList';

/** The help on screen speaks of the tool; this form says what to do on paper. */
export const screenHelp = false;

export const layout: PrintLayout = { breakable: true };

/** Each item a row, each category a column with a box to tick; the course's answers are not printed. */
export function Print({ block }: PrintProps<'sort'>) {
  return (
    <>
      <TermList className="ho-categories" terms={block.categories.map((c) => ({ id: c.id, label: c.label, note: c.description }))} />
      <p className="ho-help">Tick one category for each item.</p>
      <table tabIndex={0} className="ho-table ho-sort">
        <Head first="Item" columns={block.categories} />
        <tbody>
          {block.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              {block.categories.map((c) => (
                <td key={c.id} className="ho-cell short ho-tick">
                  <Box />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
