import { valueFor } from '../answers';
import { distribution } from '../../lib/board/aggregate';
import { CountCell } from '../cohort-parts';
import type { CompareProps } from '../compare-props';

const round = (x: number | undefined) => (x === undefined ? '–' : String(Math.round(x * 10) / 10));

/** Ratings of a cohort: per statement, how many gave each point of the scale, the median and the spread. */
export function RatingCompare({ block, answers }: CompareProps<'rating'>) {
  const values = answers.map((a) => valueFor('rating', a.answer) ?? {});
  const { min, max } = block.scale;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const rows = block.items.map((item) => ({
    item,
    d: distribution(
      values.flatMap((v) => (v[item.id] === undefined ? [] : [v[item.id]!])),
      min,
      max,
    ),
  }));
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={`${block.label}: ratings of the cohort`}>
      <table data-cohort-rating>
        <caption>
          How many gave each rating ({min} = {block.scale.minLabel}, {max} = {block.scale.maxLabel}); the spread runs from 0 (everyone gave the same rating) to
          1 (half at each end).
        </caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {points.map((p) => (
              <th scope="col" key={p}>
                {p}
              </th>
            ))}
            <th scope="col">Answers</th>
            <th scope="col">Median</th>
            <th scope="col">Spread</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, d }) => (
            <tr key={item.id} data-statement={item.id}>
              <th scope="row">{item.label}</th>
              {d.counts.map((c, i) => (
                <CountCell key={points[i]} count={c} of={d.n} />
              ))}
              <td>{d.n}</td>
              <td>{round(d.median)}</td>
              <td data-spread>{d.spread.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
