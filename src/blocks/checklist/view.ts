import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import type { AnswerView } from '../view-parts';

/** The ticked items, in the block's order. */
export function view(block: BlockOf<'checklist'>, v: AnswerValue<'checklist'>): AnswerView[] {
  const chosen = new Set(v);
  const items = block.items.filter((o) => chosen.has(o.id)).map((o) => o.label);
  return items.length ? [{ kind: 'list', items }] : [];
}
