import { byCategory, describeScore, sortScore } from '../../lib/sort';
import type { BlockProps } from '../../components/worksheet/types';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { TermList } from '../../components/worksheet/TermList';

/**
 * A sorting exercise: each item gets a row of category buttons (a radio group, so arrow keys
 * move between them). Once an item is placed its feedback appears: whether it matches the
 * suggested category and why. Below, the sort at a glance, one column per category.
 */
export function SortBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'sort'>) {
  const chosen = value ?? {};
  const score = sortScore(block.items, block.categories, chosen);
  const categoryLabel = (id: string) => block.categories.find((c) => c.id === id)?.label ?? id;
  const groups = byCategory(block.items, block.categories, chosen);

  return (
    <BlockFrame block={block} htmlId={htmlId} as="group" className="sort-block">
      <TermList className="sort-categories" terms={block.categories.map((c) => ({ id: c.id, label: c.label, note: c.description }))} />
      <ol className="sort-items">
        {block.items.map((item, n) => {
          const pick = chosen[item.id];
          const placed = pick !== undefined && block.categories.some((c) => c.id === pick);
          const match = placed && pick === item.answer;
          return (
            <li key={item.id} className="sort-item" data-item={item.id} data-state={!placed ? 'open' : match ? 'match' : 'differs'}>
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
                          onChange={() => onChange({ ...chosen, [item.id]: c.id })}
                        />
                        <label htmlFor={id}>{c.label}</label>
                      </span>
                    );
                  })}
                </div>
              </fieldset>
              <div aria-live="polite">
                {placed && (
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
      <p className="save-status" aria-live="polite" data-sort-score>
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
      {score.placed > 0 && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => {
            onChange({});
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
