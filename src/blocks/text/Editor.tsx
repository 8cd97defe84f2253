import { BlockFrame } from '../../components/worksheet/BlockFrame';
import type { BlockProps } from '../../components/worksheet/types';

export function TextBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'text'>) {
  const id = `${htmlId}-input`;
  return (
    <BlockFrame block={block} htmlId={htmlId} as="div" labelFor={id}>
      <textarea
        id={id}
        rows={block.rows}
        value={value ?? ''}
        disabled={disabled}
        required={block.required}
        aria-describedby={block.help ? `${htmlId}-help` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { TextBlock as Editor };
