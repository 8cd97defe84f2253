import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import type { AnswerView } from '../view-parts';

export function view(block: BlockOf<'rating'>, r: AnswerValue<'rating'>): AnswerView[] {
  const rows = block.items.filter((i) => r[i.id] !== undefined).map((i) => [i.label, `${r[i.id]} of ${block.scale.max}`]);
  return rows.length
    ? [{ kind: 'table', head: ['Statement', `Rating (${block.scale.min} = ${block.scale.minLabel}, ${block.scale.max} = ${block.scale.maxLabel})`], rows }]
    : [];
}
