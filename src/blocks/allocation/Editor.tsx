import { useState, type ReactNode } from 'react';
import { describeBalance, sharesOf } from '../../lib/venn';
import { VennDiagram, VennKey } from '../../components/diagrams/VennDiagram';
import type { BlockProps } from '../../components/worksheet/types';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { Announce } from '../../components/worksheet/Announce';

/**
 * Share a whole (100 %) between categories, with a slider and a number field for each. With
 * `diagram: venn` the shares are drawn as three overlapping circles beside the sliders, next to
 * the content's sample splits, with the balance described in a sentence.
 */
export function AllocationBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'allocation'>) {
  const shares = value ?? {};
  const total = block.items.reduce((sum, i) => sum + (shares[i.id] ?? 0), 0);
  // A number outside 0..total is set to the nearest end, and the field says so.
  const [adjusted, setAdjusted] = useState<{ id: string; text: string } | null>(null);
  const set = (id: string, n: number) => {
    const clamped = Number.isFinite(n) ? Math.min(block.total, Math.max(0, Math.round(n))) : 0;
    const label = block.items.find((i) => i.id === id)?.label ?? id;
    setAdjusted(
      Number.isFinite(n) && clamped !== Math.round(n) ? { id, text: `${label}: ${n} is outside 0 to ${block.total}, so it was set to ${clamped}.` } : null,
    );
    onChange({ ...shares, [id]: clamped });
  };
  const off = total !== block.total;
  const totalId = `${htmlId}-total`;
  const totalText = `Total: ${total}${block.unit} of ${block.total}${block.unit}${off ? ` — adjust the numbers so they add up to ${block.total}.` : ''}`;
  const venn = block.diagram === 'venn';
  const controls = (
    <>
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
            <span className="row center">
              <input
                type="number"
                id={id}
                min={0}
                max={block.total}
                value={v}
                disabled={disabled}
                aria-invalid={off || adjusted?.id === item.id || undefined}
                aria-describedby={[adjusted?.id === item.id ? `${id}-adjusted` : '', off ? totalId : ''].filter(Boolean).join(' ') || undefined}
                onChange={(e) => set(item.id, Number(e.target.value))}
              />
              <span aria-hidden="true">{block.unit}</span>
            </span>
            {adjusted?.id === item.id && (
              <p className="notice" id={`${id}-adjusted`}>
                {adjusted.text}
              </p>
            )}
          </div>
        );
      })}
      <p className={off ? 'notice' : 'save-status'} id={totalId} data-allocation-total>
        {totalText}
      </p>
      {/* Said once the numbers settle, not at every step of a slider. */}
      <Announce text={[adjusted?.text, totalText].filter(Boolean).join(' ')} />
    </>
  );
  return (
    <BlockFrame block={block} htmlId={htmlId} as="fieldset">
      {venn ? <VennPanel block={block} shares={shares} htmlId={htmlId} controls={controls} /> : controls}
    </BlockFrame>
  );
}

function sharesText(items: BlockProps<'allocation'>['block']['items'], values: Record<string, number>): string {
  const s = sharesOf(items, values);
  return items.map((item, i) => `${item.label} ${Math.round((s[i] ?? 0) * 100)}%`).join(', ');
}

function VennPanel(props: { block: BlockProps<'allocation'>['block']; shares: Record<string, number>; htmlId: string; controls: ReactNode }) {
  const { block, shares, htmlId, controls } = props;
  const sentence = describeBalance(block.items, shares, block.samples);
  const sum = block.items.reduce((n, i) => n + (shares[i.id] ?? 0), 0);
  return (
    <>
      <div className="venn-panel">
        <div className="venn-controls">{controls}</div>
        <figure className="venn-figure">
          <VennDiagram id={`${htmlId}-venn`} title="Your estimate as three overlapping circles" description={sentence} items={block.items} values={shares} />
          <figcaption>
            <VennKey items={block.items} />
            <p className="venn-sentence" data-venn-sentence>
              {sentence}
            </p>
            {sum > 0 && sum !== block.total && (
              <p className="venn-scaled" data-venn-scaled>
                Your numbers add up to {sum}, not {block.total}: the circles and the percentages show each as a share of {sum}. Make them add up to{' '}
                {block.total} to draw them as typed.
              </p>
            )}
          </figcaption>
        </figure>
      </div>
      {block.samples.length > 0 && (
        <figure className="venn-samples">
          <div className="venn-sample-row">
            {block.samples.map((s) => (
              <div key={s.id} className="venn-sample">
                <VennDiagram
                  id={`${htmlId}-sample-${s.id}`}
                  title={s.label}
                  description={`${s.description} ${sharesText(block.items, s.shares)}.`}
                  items={block.items}
                  values={s.shares}
                  small
                />
                <p>
                  <strong>{s.label}.</strong> {s.description}
                </p>
              </div>
            ))}
          </div>
          <figcaption>
            Sample schools for comparison, drawn to the same scale as your circles.
            {block.samplesNote ? ` ${block.samplesNote}` : ''}
          </figcaption>
        </figure>
      )}
    </>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { AllocationBlock as Editor };
