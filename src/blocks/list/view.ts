import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

export function view(_block: BlockOf<'list'>, v: AnswerValue<'list'>): AnswerView[] {
  const items = v.filter(nonEmpty);
  return items.length ? [{ kind: 'list', items }] : [];
}
