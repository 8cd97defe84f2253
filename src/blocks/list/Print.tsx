import { count, type PrintProps } from '../print-parts';

export function Print({ block }: PrintProps<'list'>) {
  return (
    <ol className="ho-list">
      {count(block.suggestedItems + 2).map((i) => (
        <li key={i}>
          <span className="visually-hidden">
            {block.itemLabel} {i + 1}
          </span>
          <span className="ho-line" aria-hidden="true" />
        </li>
      ))}
    </ol>
  );
}
