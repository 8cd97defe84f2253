import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

/** The rows with something written in them, the learner's own rows after the given ones. */
export function view(block: BlockOf<'grid'>, g: AnswerValue<'grid'>): AnswerView[] {
  const rows = [...block.rows, ...g.added]
    .map((r) => [r.label, ...block.columns.map((c) => g.cells[r.id]?.[c.id] ?? '')])
    .filter((r) => r.slice(1).some(nonEmpty));
  return rows.length ? [{ kind: 'table', head: [block.rowHeader, ...block.columns.map((c) => c.label)], rows }] : [];
}
