import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import type { AnswerView } from '../view-parts';

/** The chosen options, in the block's order. */
export function view(block: BlockOf<'choice'>, v: AnswerValue<'choice'>): AnswerView[] {
  const chosen = new Set(v);
  const items = block.options.filter((o) => chosen.has(o.id)).map((o) => o.label);
  return items.length ? [{ kind: 'list', items }] : [];
}
