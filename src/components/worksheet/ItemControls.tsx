/**
 * Controls shared by the block editors. `MoveControls`: move up, move down and remove one entry
 * of a list, each a button named for the entry (`data-move` and `data-remove` let an editor put
 * focus back on a button after a move or a removal). Worksheet blocks, the pathway builder and the
 * session planner all use it, so reordering reads and works the same everywhere. `UndoButton`: put back what was just removed.
 */
export function MoveControls(props: {
  /** How the entry is named in the buttons' labels, e.g. "fire 2" or "Parents". */
  name: string;
  index: number;
  count: number;
  disabled: boolean;
  onMove: (to: 'up' | 'down') => void;
  onRemove: () => void;
}) {
  const { name, index, count, disabled, onMove, onRemove } = props;
  return (
    <>
      <button
        type="button"
        className="icon-button"
        data-move="up"
        disabled={disabled || index === 0}
        aria-label={`Move ${name} up`}
        onClick={() => onMove('up')}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        data-move="down"
        disabled={disabled || index === count - 1}
        aria-label={`Move ${name} down`}
        onClick={() => onMove('down')}
      >
        ↓
      </button>
      <button type="button" className="icon-button" data-remove disabled={disabled} aria-label={`Remove ${name}`} onClick={onRemove}>
        ✕
      </button>
    </>
  );
}

/** A link-style button that restores what was just removed; the editor says what in `label`. */
export function UndoButton({ label = 'Undo', onUndo }: { label?: string; onUndo: () => void }) {
  return (
    <button type="button" className="link" onClick={onUndo}>
      {label}
    </button>
  );
}
