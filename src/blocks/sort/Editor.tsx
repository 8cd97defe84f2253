import { useState } from 'react';
import { byCategory, describeScore, sortScore } from '../../lib/sort';
import type { BlockProps } from '../../components/worksheet/types';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { TermList } from '../../components/worksheet/TermList';

/**
 * A sorting exercise: each item gets a row of category buttons (a radio group, so arrow keys
 * move between them) and a "Check" button. The feedback (whether the choice matches the
 * suggested category, and why) appears only when the learner checks: arrow keys select each
 * option they pass, and a mouse user sees feedback only for what they pick, so every input
 * method gets it on the same deliberate act, announced once. Choices saved on an earlier visit
 * were checked then (or can be again). Below, the checked sort at a glance, one column per category.
 */
export function SortBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'sort'>) {
  const chosen = value ?? {};
  // Items whose choice changed since it was last checked (this visit only).
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [nothingChosen, setNothingChosen] = useState<string | null>(null);
  const checked = Object.fromEntries(Object.entries(chosen).filter(([id]) => !unchecked.has(id)));
  const score = sortScore(block.items, block.categories, checked);
  const categoryLabel = (id: string) => block.categories.find((c) => c.id === id)?.label ?? id;
  const groups = byCategory(block.items, block.categories, checked);
  const choose = (itemId: string, categoryId: string) => {
    setUnchecked((set) => new Set(set).add(itemId));
    onChange({ ...chosen, [itemId]: categoryId });
  };
  const check = (itemId: string, placed: boolean) => {
    setNothingChosen(placed ? null : itemId);
    setUnchecked((set) => {
      const next = new Set(set);
      next.delete(itemId);
      return next;
    });
  };

  return (
    <BlockFrame block={block} htmlId={htmlId} as="group" className="sort-block">
      <TermList className="sort-categories" terms={block.categories.map((c) => ({ id: c.id, label: c.label, note: c.description }))} />
      <ol className="sort-items">
        {block.items.map((item, n) => {
          const pick = chosen[item.id];
          const placed = pick !== undefined && block.categories.some((c) => c.id === pick);
          const shown = placed && !unchecked.has(item.id);
          const match = shown && pick === item.answer;
          return (
            <li key={item.id} className="sort-item" data-item={item.id} data-state={!shown ? 'open' : match ? 'match' : 'differs'}>
              <fieldset>
                <legend>
                  <span className="sort-number">{n + 1}.</span> {item.label}
                </legend>
                <div className="sort-options">
                  {block.categories.map((c) => {
                    const id = `${htmlId}-${item.id}-${c.id}`;
                    return (
                      <span key={c.id} className="sort-option">
                        <input
                          type="radio"
                          id={id}
                          name={`${htmlId}-${item.id}`}
                          value={c.id}
                          checked={pick === c.id}
                          disabled={disabled}
                          onChange={() => choose(item.id, c.id)}
                        />
                        <label htmlFor={id}>{c.label}</label>
                      </span>
                    );
                  })}
                  <button type="button" className="sort-check" aria-label={`Check ${item.label}`} disabled={disabled} onClick={() => check(item.id, placed)}>
                    Check
                  </button>
                </div>
              </fieldset>
              <div aria-live="polite">
                {nothingChosen === item.id && !placed && <p className="feedback sort-feedback">Choose a category first, then check.</p>}
                {shown && (
                  <p className={match ? 'feedback sort-feedback match' : 'feedback sort-feedback differs'}>
                    <strong>
                      {match ? `${categoryLabel(item.answer)}: this matches our suggestion.` : `We would sort this as ${categoryLabel(item.answer)}.`}
                    </strong>{' '}
                    {item.explanation}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {/* Not a live region: it changes with the item's feedback, which is the one announcement. */}
      <p className="save-status" data-sort-score>
        {describeScore(score)}
      </p>
      <div className="sort-board">
        <h4>Your sort at a glance</h4>
        <div className="sort-columns">
          {groups
            .filter((g) => g.category !== undefined)
            .map((g) => (
              <div key={g.category?.id} className="sort-column" data-category={g.category?.id}>
                <h5>{g.category?.label}</h5>
                {g.items.length ? (
                  <ul>
                    {g.items.map((i) => (
                      <li key={i.id}>
                        {i.label}
                        {g.category?.id !== i.answer && <span className="badge">suggested: {categoryLabel(i.answer)}</span>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="block-help">None yet.</p>
                )}
              </div>
            ))}
        </div>
      </div>
      {Object.keys(chosen).length > 0 && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => {
            onChange({});
            setUnchecked(new Set());
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-block="${block.id}"] input[type=radio]`)?.focus());
          }}
        >
          Clear my sort and start again
        </button>
      )}
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { SortBlock as Editor };
