import type { BlockProps } from '../../components/worksheet/types';
import { BlockFrame } from '../../components/worksheet/BlockFrame';

/** One radio group per statement: works the same on a phone and a desktop, and by keyboard. */
export function RatingBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'rating'>) {
  const { min, max, minLabel, maxLabel } = block.scale;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <BlockFrame block={block} htmlId={htmlId} as="fieldset" describedBy={`${htmlId}-scale`}>
      <p className="block-help" id={`${htmlId}-scale`}>
        Scale: {min} = {minLabel}, {max} = {maxLabel}.
      </p>
      {block.items.map((item) => (
        <fieldset key={item.id} className="rating-item">
          <legend>{item.label}</legend>
          <div className="rating-points">
            {points.map((p) => {
              const id = `${htmlId}-${item.id}-${p}`;
              return (
                <span key={p} className="rating-point">
                  <input
                    type="radio"
                    id={id}
                    name={`${htmlId}-${item.id}`}
                    checked={value?.[item.id] === p}
                    disabled={disabled}
                    onChange={() => onChange({ ...value, [item.id]: p })}
                  />
                  <label htmlFor={id}>
                    {p}
                    <span className="visually-hidden">
                      {' '}
                      of {max}
                      {p === min ? `, ${minLabel}` : p === max ? `, ${maxLabel}` : ''}
                    </span>
                  </label>
                </span>
              );
            })}
          </div>
        </fieldset>
      ))}
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { RatingBlock as Editor };
