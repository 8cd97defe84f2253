import { BlockFrame } from '../../components/worksheet/BlockFrame';
import type { BlockProps } from '../../components/worksheet/types';

/** Pick one or several options; the feedback of each chosen option appears beneath it. */
export function ChoiceBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'choice'>) {
  const chosen = new Set(value ?? []);
  const type = block.multiple ? 'checkbox' : 'radio';
  return (
    <BlockFrame block={block} htmlId={htmlId} as="fieldset">
      {block.options.map((o) => {
        const id = `${htmlId}-${o.id}`;
        const on = chosen.has(o.id);
        return (
          <div key={o.id}>
            <div className="choice-option">
              <input
                type={type}
                id={id}
                // Radios share a name (one choice, arrow keys move within it); checkboxes each have their own.
                name={block.multiple ? id : htmlId}
                checked={on}
                disabled={disabled}
                onChange={(e) => {
                  if (!block.multiple) onChange([o.id]);
                  else onChange(block.options.map((x) => x.id).filter((x) => (x === o.id ? e.target.checked : chosen.has(x))));
                }}
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
            <div aria-live="polite">{on && o.feedback && <p className="feedback">{o.feedback}</p>}</div>
          </div>
        );
      })}
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { ChoiceBlock as Editor };
