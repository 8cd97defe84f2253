import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import type { AnswerView } from '../view-parts';

export function view(block: BlockOf<'sort'>, placed: AnswerValue<'sort'>): AnswerView[] {
  const category = new Map(block.categories.map((c) => [c.id, c.label]));
  const rows = block.items
    .filter((i) => placed[i.id])
    .map((i) => [
      i.label,
      category.get(placed[i.id]!) ?? '',
      placed[i.id] === i.answer ? 'as the course would' : `the course: ${category.get(i.answer) ?? ''}`,
    ]);
  return rows.length ? [{ kind: 'table', head: ['Item', 'Placed in', 'Compared with the course'], rows }] : [];
}
