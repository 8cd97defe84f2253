import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import type { AnswerView } from '../view-parts';

export const view = (block: BlockOf<'allocation'>, a: AnswerValue<'allocation'>): AnswerView[] => [
  { kind: 'table', head: ['Category', 'Share'], rows: block.items.map((i) => [i.label, `${a[i.id] ?? 0}${block.unit}`]) },
];
