/**
 * Parts the cohort views share (`<type>/Compare.tsx`, on the review page and the cohort board):
 * a row of counts with a bar and its number in words, a learner's name or "Anonymous", and the
 * cards a type with no natural aggregate shows.
 */
import { useEffect, useRef, useState } from 'react';
import { viewAnswer } from './answer-view';
import { percent } from '../lib/board/aggregate';
import { AnswerViews } from '../components/workbook/AnswerViews';
import type { Block } from './types';
import type { CohortMode, CohortViewState, LearnerAnswer } from './compare-props';

/** The name a cohort view shows: the learner's, or "Anonymous" when the sender did not sign. */
export const shownName = (a: LearnerAnswer): string => a.name?.trim() || 'Anonymous';

/** A bar whose length is a share, hidden from screen readers: the number beside it says the same. */
export function Bar({ part, whole }: { part: number; whole: number }) {
  return <span className="bar" aria-hidden="true" style={{ width: `${whole > 0 ? Math.min(100, (part / whole) * 100) : 0}%` }} />;
}

/** One count cell: the bar and "7 (28%)". */
export function CountCell({ count, of }: { count: number; of: number }) {
  return (
    <td className="count-cell">
      <Bar part={count} whole={of} />
      {count} <span className="muted">({percent(count, of)})</span>
    </td>
  );
}

/**
 * A view's state: the board's kept one when it passes `onState` (so a reload shows the same
 * board), else the view's own, for as long as it is on screen.
 */
export function useCohortState(state: CohortViewState | undefined, onState: ((next: CohortViewState) => void) | undefined) {
  const [own, setOwn] = useState<CohortViewState>({});
  return onState ? ([state ?? {}, onState] as const) : ([own, setOwn] as const);
}

/**
 * Each answer as a card. On the review page every card shows, named. On the board the
 * facilitator reveals them one at a time (in the order they arrived), hides one, or pins one
 * to the front; no name shows unless the sender signed.
 */
export function AnswerCards({
  block,
  answers,
  mode,
  state,
  onState,
}: {
  block: Block;
  answers: LearnerAnswer[];
  mode: CohortMode;
  state?: CohortViewState | undefined;
  onState?: ((next: CohortViewState) => void) | undefined;
}) {
  const [view, setView] = useCohortState(state, onState);
  const revealed = view.revealed ?? [];
  const hidden = view.hidden ?? [];
  const pinned = view.pinned ?? [];
  const setRevealed = (l: string[]) => setView({ ...view, revealed: l });
  const setHidden = (l: string[]) => setView({ ...view, hidden: l });
  const setPinned = (l: string[]) => setView({ ...view, pinned: l });
  // A pinned (or unpinned) card moves in the list, which can take the focus off its button:
  // give it back, so a keyboard user goes on from where they were.
  const list = useRef<HTMLUListElement>(null);
  const [refocus, setRefocus] = useState<string>();
  useEffect(() => {
    // Only when the focus fell to the page: never take it from wherever the user has gone since.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (refocus && lost) list.current?.querySelector<HTMLButtonElement>(`[data-card-action="${refocus}"]`)?.focus();
  }, [refocus, view]);
  const withViews = answers.map((a) => ({ a, views: viewAnswer(block, a.answer) })).filter((x) => x.views.length > 0);
  if (mode !== 'board')
    return (
      <div className="side-by-side">
        {withViews.map(({ a, views }) => (
          <div key={a.id} className="card">
            <h4>{shownName(a)}</h4>
            <AnswerViews views={views} />
          </div>
        ))}
      </div>
    );
  const shown = withViews.filter((x) => revealed.includes(x.a.id));
  const waiting = withViews.filter((x) => !revealed.includes(x.a.id));
  const ordered = [...shown.filter((x) => pinned.includes(x.a.id)), ...shown.filter((x) => !pinned.includes(x.a.id))];
  const toggle = (ids: string[], set: (l: string[]) => void, id: string) => set(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
  // Numbered in the order the answers arrived, so a card keeps its number when another is pinned.
  const numberOf = new Map(withViews.map((x, i) => [x.a.id, i + 1]));
  // Nothing left to reveal: the buttons stay focusable (a disabled button would drop the focus).
  const none = waiting.length === 0;
  return (
    <div className="board-cards" data-board-cards>
      <p className="board-card-controls">
        <span aria-live="polite">
          {shown.length} of {withViews.length} {withViews.length === 1 ? 'answer' : 'answers'} revealed.
        </span>{' '}
        <button type="button" className="primary" aria-disabled={none || undefined} onClick={() => !none && setRevealed([...revealed, waiting[0]!.a.id])}>
          Reveal the next answer
        </button>{' '}
        <button type="button" aria-disabled={none || undefined} onClick={() => !none && setRevealed(withViews.map((x) => x.a.id))}>
          Reveal all
        </button>
      </p>
      <ul className="side-by-side" aria-label={`${block.label}: revealed answers`} ref={list}>
        {ordered.map(({ a, views }) => {
          const isHidden = hidden.includes(a.id);
          const isPinned = pinned.includes(a.id);
          const n = numberOf.get(a.id)!;
          const who = a.name?.trim() || `answer ${n}`;
          return (
            <li key={a.id} className="card" data-pinned={isPinned || undefined} data-hidden={isHidden || undefined} data-board-card={n}>
              <h4>
                {isPinned ? 'Pinned: ' : ''}
                {a.name?.trim() ? a.name : `Answer ${n}`}
              </h4>
              {isHidden ? <p className="muted">Hidden by the facilitator.</p> : <AnswerViews views={views} />}
              <p className="card-actions">
                <button
                  type="button"
                  data-card-action={`pin-${a.id}`}
                  onClick={() => {
                    toggle(pinned, setPinned, a.id);
                    setRefocus(`pin-${a.id}`);
                  }}
                >
                  {isPinned ? 'Unpin' : 'Pin'}
                  <span className="visually-hidden"> {who}</span>
                </button>{' '}
                <button type="button" data-card-action={`hide-${a.id}`} onClick={() => toggle(hidden, setHidden, a.id)}>
                  {isHidden ? 'Show' : 'Hide'}
                  <span className="visually-hidden"> {who}</span>
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Counts per option as a table: the option, a bar with the count and share. */
export function OptionCounts({
  label,
  options,
  counts,
  of,
  summary,
  marked,
}: {
  label: string;
  options: { id: string; label: string }[];
  counts: number[];
  of: number;
  summary: string;
  /** An option to mark in words (a prediction's outcome, once revealed). */
  marked?: { id: string; label: string } | undefined;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={`${label}: answers of the cohort`}>
      <table data-cohort-counts>
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Chosen by</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o, i) => (
            <tr key={o.id} data-option={o.id} data-marked={marked?.id === o.id || undefined}>
              <th scope="row">
                {o.label}
                {marked?.id === o.id && (
                  <>
                    {' '}
                    <strong className="badge done">{marked.label}</strong>
                  </>
                )}
              </th>
              <CountCell count={counts[i] ?? 0} of={of} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
