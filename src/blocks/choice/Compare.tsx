import { valueFor } from '../answers';
import { countOptions, disagreement, disagreementWords } from '../../lib/board/aggregate';
import { OptionCounts } from '../cohort-parts';
import type { CompareProps } from '../compare-props';

/** A cohort's choices: how many chose each option, and how divided the cohort is. */
export function ChoiceCompare({ block, answers }: CompareProps<'choice'>) {
  const picks = answers.map((a) => valueFor('choice', a.answer) ?? []).filter((p) => p.length > 0);
  const counts = countOptions(
    block.options.map((o) => o.id),
    picks,
  );
  const d = disagreement(counts);
  return (
    <OptionCounts
      label={block.label}
      options={block.options}
      counts={counts}
      of={picks.length}
      summary={`${picks.length} answered${block.multiple ? ' (several options each)' : ''}; disagreement ${d.toFixed(2)}: ${disagreementWords(d)}.`}
    />
  );
}
