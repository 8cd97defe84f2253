import type { BlockProps } from './types';

/** Share a whole (100 %) between categories, with a slider and a number field for each. */
export function AllocationBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'allocation'>) {
  const shares = value ?? {};
  const total = block.items.reduce((sum, i) => sum + (shares[i.id] ?? 0), 0);
  const set = (id: string, n: number) => {
    const clamped = Number.isFinite(n) ? Math.min(block.total, Math.max(0, Math.round(n))) : 0;
    onChange({ ...shares, [id]: clamped });
  };
  return (
    <fieldset className="block" data-block={block.id} data-type="allocation">
      <legend className="block-label">
        {block.label}
        {block.required && <span className="tag">Required</span>}
      </legend>
      {block.help && <p className="block-help">{block.help}</p>}
      {block.items.map((item) => {
        const id = `${htmlId}-${item.id}`;
        const v = shares[item.id] ?? 0;
        return (
          <div key={item.id} className="allocation-row">
            <label htmlFor={id}>{item.label}</label>
            <input
              type="range"
              id={`${id}-range`}
              aria-label={`${item.label} (slider)`}
              min={0}
              max={block.total}
              value={v}
              disabled={disabled}
              onChange={(e) => set(item.id, Number(e.target.value))}
            />
            <span className="row" style={{ alignItems: 'center' }}>
              <input type="number" id={id} min={0} max={block.total} value={v} disabled={disabled} onChange={(e) => set(item.id, Number(e.target.value))} />
              <span aria-hidden="true">{block.unit}</span>
            </span>
          </div>
        );
      })}
      <p className={total === block.total ? 'save-status' : 'notice'} aria-live="polite">
        Total: {total}
        {block.unit} of {block.total}
        {block.unit}
        {total !== block.total && ` — adjust the numbers so they add up to ${block.total}.`}
      </p>
    </fieldset>
  );
}
