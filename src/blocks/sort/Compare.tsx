import { valueFor } from '../answers';
import { countOptions, disagreement, disagreementWords, orderByScore } from '../../lib/board/aggregate';
import { CountCell } from '../cohort-parts';
import type { CompareProps } from '../compare-props';

/**
 * A cohort's sort: per item, how many placed it in each category, the items where the cohort
 * disagrees most first (normalised entropy, `disagreement` in lib/board/aggregate.ts): the
 * best discussion starters.
 */
export function SortCompare({ block, answers }: CompareProps<'sort'>) {
  const values = answers.map((a) => valueFor('sort', a.answer) ?? {});
  const categoryIds = block.categories.map((c) => c.id);
  const rows = block.items.map((item) => {
    const counts = countOptions(
      categoryIds,
      values.flatMap((v) => (v[item.id] ? [[v[item.id]!]] : [])),
    );
    return { item, counts, n: counts.reduce((a, b) => a + b, 0), d: disagreement(counts) };
  });
  const order = orderByScore(rows.map((r) => (r.n ? r.d : -1)));
  const course = new Map(block.categories.map((c) => [c.id, c.label]));
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={`${block.label}: placements of the cohort`}>
      <table data-cohort-sort>
        <caption>
          Where the cohort placed each item, the most divided first. Disagreement runs from 0 (everyone placed it alike) to 1 (spread evenly over every
          category).
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            {block.categories.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
              </th>
            ))}
            <th scope="col">Disagreement</th>
            <th scope="col">The course</th>
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const { item, counts, n, d } = rows[i]!;
            return (
              <tr key={item.id} data-item={item.id}>
                <th scope="row">{item.label}</th>
                {counts.map((c, j) => (
                  <CountCell key={categoryIds[j]} count={c} of={n} />
                ))}
                <td data-disagreement>
                  {d.toFixed(2)} <span className="muted">{n ? disagreementWords(d) : 'no answers'}</span>
                </td>
                <td>{course.get(item.answer)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
