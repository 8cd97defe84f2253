import { BlockFrame } from '../../components/worksheet/BlockFrame';
import type { BlockProps } from '../../components/worksheet/types';

/** `errorId`: a message about this field (the lab's "write a prediction first"), read as its description. */
export function TextBlock({ block, value, onChange, htmlId, disabled, errorId }: BlockProps<'text'> & { errorId?: string | undefined }) {
  const id = `${htmlId}-input`;
  return (
    <BlockFrame block={block} htmlId={htmlId} as="div" labelFor={id}>
      <textarea
        id={id}
        rows={block.rows}
        value={value ?? ''}
        disabled={disabled}
        required={block.required}
        aria-describedby={[block.help ? `${htmlId}-help` : '', errorId ?? ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={errorId ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { TextBlock as Editor };
