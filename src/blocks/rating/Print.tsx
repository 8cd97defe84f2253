import { Head, type PrintLayout, type PrintProps } from '../print-parts';

export const layout: PrintLayout = { breakable: true };

export function Print({ block }: PrintProps<'rating'>) {
  const { min, max, minLabel, maxLabel } = block.scale;
  const scale = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <>
      <p className="ho-help">
        Circle one number per line: {min} = {minLabel}, {max} = {maxLabel}.
      </p>
      <table tabIndex={0} className="ho-table ho-rating">
        <Head first="Statement" columns={scale.map((n) => ({ id: n, label: n }))} />
        <tbody>
          {block.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              {scale.map((n) => (
                <td key={n} className="ho-circle">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
