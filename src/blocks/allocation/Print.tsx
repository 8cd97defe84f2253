import type { PrintProps } from '../print-parts';

export function Print({ block }: PrintProps<'allocation'>) {
  return (
    <>
      {block.diagram === 'venn' && <p className="ho-help">Then sketch three overlapping circles, each as large as its share.</p>}
      <table tabIndex={0} className="ho-table ho-allocation">
        <tbody>
          {block.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              <td className="ho-amount">
                <span className="ho-blank" aria-hidden="true" /> {block.unit}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td className="ho-amount">
              {block.total} {block.unit}
            </td>
          </tr>
        </tbody>
      </table>
      {block.diagram === 'venn' && <div className="ho-draw" aria-hidden="true" />}
    </>
  );
}
