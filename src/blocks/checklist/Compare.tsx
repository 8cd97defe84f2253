import { valueFor } from '../answers';
import { countOptions } from '../../lib/board/aggregate';
import { OptionCounts } from '../cohort-parts';
import type { CompareProps } from '../compare-props';

/** A cohort's ticks: how many ticked each item. */
export function ChecklistCompare({ block, answers }: CompareProps<'checklist'>) {
  const picks = answers.map((a) => valueFor('checklist', a.answer) ?? []).filter((p) => p.length > 0);
  const counts = countOptions(
    block.items.map((o) => o.id),
    picks,
  );
  return <OptionCounts label={block.label} options={block.items} counts={counts} of={picks.length} summary={`${picks.length} answered.`} />;
}
