import { valueFor } from '../answers';
import type { CompareProps } from '../compare-props';

/** Shares (e.g. Activity 1's attention estimate) of all learners on one set of bars. */
export function AllocationCompare({ block, answers }: CompareProps<'allocation'>) {
  return (
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
        {answers.map((a) => {
          const v = valueFor('allocation', a.answer) ?? {};
          return (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              {block.items.map((i) => (
                <td key={i.id}>
                  <span className="bar" style={{ width: `${Math.min(100, ((v[i.id] ?? 0) / block.total) * 100)}%` }} aria-hidden="true" />
                  {v[i.id] ?? 0}
                  {block.unit}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
