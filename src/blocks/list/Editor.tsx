import { useRef } from 'react';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { MoveControls } from '../../components/worksheet/ItemControls';
import type { BlockProps } from '../../components/worksheet/types';

/** A list the learner grows, trims and reorders, every action reachable by keyboard. */
export function ListBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'list'>) {
  const items = value && value.length > 0 ? value : Array.from({ length: block.suggestedItems }, () => '');
  const list = useRef<HTMLOListElement>(null);
  const name = block.itemLabel;
  const lower = name.toLowerCase();

  const focusItem = (index: number, selector = 'textarea') => {
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll('li');
      rows?.[index]?.querySelector<HTMLElement>(selector)?.focus();
    });
  };
  const update = (next: string[]) => onChange(next);
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item ?? '');
    update(next);
    focusItem(to, `[data-move="${to < from ? 'up' : 'down'}"]`);
  };

  return (
    <BlockFrame block={block} htmlId={htmlId} as="fieldset">
      <ol className="list-items" ref={list}>
        {items.map((item, i) => (
          <li key={i} className="row">
            <textarea
              rows={1}
              aria-label={`${name} ${i + 1}`}
              value={item}
              disabled={disabled}
              onChange={(e) => update(items.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <MoveControls
              name={`${lower} ${i + 1}`}
              index={i}
              count={items.length}
              disabled={disabled}
              onMove={(to) => move(i, to === 'up' ? i - 1 : i + 1)}
              onRemove={() => {
                update(items.filter((_, j) => j !== i));
                focusItem(Math.max(0, i - 1));
              }}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          update([...items, '']);
          focusItem(items.length);
        }}
      >
        + Add {lower}
      </button>
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { ListBlock as Editor };
