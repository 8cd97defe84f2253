import { useEffect, useRef, useState } from 'react';
import { valueFor } from '../answers';
import { countOptions, disagreement, disagreementWords, percent } from '../../lib/board/aggregate';
import { OptionCounts, useCohortState } from '../cohort-parts';
import type { CompareProps } from '../compare-props';

/**
 * A cohort's choices: how many chose each option, and how divided the cohort is. A prediction
 * (a block with an `outcome`, such as the lab's "which proposal will this committee make?")
 * shows the counts first; on the board the outcome waits behind its reveal step, then stands
 * beside the counts with its row marked. The review page and the printed summary show it at once.
 */
export function ChoiceCompare({ block, answers, mode = 'review', state, onState }: CompareProps<'choice'>) {
  const [view, setView] = useCohortState(state, onState);
  // Focus follows a reveal to what it showed: the button it pressed is gone.
  const [justRevealed, setJustRevealed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justRevealed) heading.current?.focus();
  }, [justRevealed]);

  const picks = answers.map((a) => valueFor('choice', a.answer) ?? []).filter((p) => p.length > 0);
  const counts = countOptions(
    block.options.map((o) => o.id),
    picks,
  );
  const d = disagreement(counts);
  const outcome = block.outcome;
  const shown = outcome !== undefined && (mode !== 'board' || view.outcome === true);
  const right = outcome ? (counts[block.options.findIndex((o) => o.id === outcome.option)] ?? 0) : 0;
  const table = (
    <OptionCounts
      label={block.label}
      options={block.options}
      counts={counts}
      of={picks.length}
      summary={`${picks.length} answered${block.multiple ? ' (several options each)' : ''}; disagreement ${d.toFixed(2)}: ${disagreementWords(d)}.`}
      marked={shown ? { id: outcome.option, label: outcome.heading } : undefined}
    />
  );
  if (!outcome) return table;
  return (
    <div className="cohort-outcome" data-cohort-outcome={shown ? 'shown' : 'waiting'}>
      {table}
      {shown ? (
        // Not a region: a board shows one per committee, and landmarks with one name would repeat.
        <div className="cohort-outcome-text" data-outcome-option={outcome.option}>
          <h4 ref={heading} tabIndex={-1}>
            {outcome.heading}
          </h4>
          <p>{outcome.text}</p>
          <p>
            <strong>
              {right} of {picks.length}
            </strong>{' '}
            predicted it ({percent(right, picks.length)}).
          </p>
        </div>
      ) : (
        <p className="no-print">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setView({ ...view, outcome: true });
              setJustRevealed(true);
            }}
          >
            {outcome.reveal}
          </button>
        </p>
      )}
    </div>
  );
}
