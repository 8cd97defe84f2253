import { BlockFrame } from '../../components/worksheet/BlockFrame';
import type { BlockProps } from '../../components/worksheet/types';

export function ChecklistBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'checklist'>) {
  const checked = new Set(value ?? []);
  return (
    <BlockFrame block={block} htmlId={htmlId} as="fieldset">
      {block.items.map((item) => {
        const id = `${htmlId}-${item.id}`;
        return (
          <div className="check-option" key={item.id}>
            <input
              type="checkbox"
              id={id}
              checked={checked.has(item.id)}
              disabled={disabled}
              onChange={(e) => onChange(block.items.map((i) => i.id).filter((x) => (x === item.id ? e.target.checked : checked.has(x))))}
            />
            <label htmlFor={id}>{item.label}</label>
          </div>
        );
      })}
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { ChecklistBlock as Editor };
