import { useRef, useState } from 'react';
import { focusAfterRemoval, moveItem, restoreItem } from '../../lib/item-moves';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { MoveControls, UndoButton } from '../../components/worksheet/ItemControls';
import type { BlockProps } from '../../components/worksheet/types';

/**
 * A list the learner grows, trims and reorders, every action reachable by keyboard. As in the
 * stakeholder chart, focus follows the moved entry, each move and removal is said in a status
 * line, and a removal can be undone.
 */
export function ListBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'list'>) {
  const items = value && value.length > 0 ? value : Array.from({ length: block.suggestedItems }, () => '');
  const list = useRef<HTMLOListElement>(null);
  const name = block.itemLabel;
  const lower = name.toLowerCase();
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<{ text: string; index: number } | null>(null);
  /** How an entry is named when it moves or goes: its number, and its words if it has any. */
  const said = (text: string, index: number) => `${lower} ${index + 1}${text.trim() ? ` (“${text.trim().slice(0, 60)}”)` : ''}`;

  const focusIn = (index: number, find: (row: HTMLLIElement) => HTMLElement | null) =>
    requestAnimationFrame(() => {
      const row = list.current?.querySelectorAll('li')[index];
      if (row) find(row)?.focus();
    });
  const update = (next: string[]) => onChange(next);
  const move = (from: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? from - 1 : from + 1;
    update(moveItem(items, from, to));
    setStatus(`Moved ${said(items[from] ?? '', from)} to position ${to + 1} of ${items.length}.`);
    // Keep focus on the button pressed, now on the moved entry; at the top or bottom it is disabled, so take the other one.
    focusIn(to, (row) => {
      const same = row.querySelector<HTMLButtonElement>(`[data-move="${dir}"]`);
      return same && !same.disabled ? same : row.querySelector<HTMLButtonElement>(`[data-move="${dir === 'up' ? 'down' : 'up'}"]`);
    });
  };
  const remove = (index: number) => {
    const text = items[index] ?? '';
    const next = items.filter((_, j) => j !== index);
    update(next);
    setRemoved({ text, index });
    setStatus(`Removed ${said(text, index)}.`);
    if (next.length > 0) focusIn(focusAfterRemoval(index, next.length), (row) => row.querySelector('textarea'));
    else requestAnimationFrame(() => document.getElementById(`${htmlId}-add`)?.focus());
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
              onMove={(to) => move(i, to)}
              onRemove={() => remove(i)}
            />
          </li>
        ))}
      </ol>
      <p className="save-status" role="status">
        {status}
      </p>
      {removed && (
        <UndoButton
          label={`Undo: put ${lower} ${removed.index + 1} back`}
          onUndo={() => {
            update(restoreItem(items, removed.text, removed.index));
            setStatus(`Restored ${said(removed.text, removed.index)}.`);
            setRemoved(null);
            focusIn(removed.index, (row) => row.querySelector('textarea'));
          }}
        />
      )}
      <button
        type="button"
        id={`${htmlId}-add`}
        disabled={disabled}
        onClick={() => {
          update([...items, '']);
          setRemoved(null);
          focusIn(items.length, (row) => row.querySelector('textarea'));
        }}
      >
        + Add {lower}
      </button>
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { ListBlock as Editor };
