import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

/** The problem, then who takes part in each phase. */
export function view(block: BlockOf<'cycle-planner'>, c: AnswerValue<'cycle-planner'>): AnswerView[] {
  const rows = block.stages.map((st) => [
    st.label,
    c.participants
      .filter((p) => p.stages.includes(st.id) && nonEmpty(p.name))
      .map((p) => p.name)
      .join(', '),
  ]);
  return [...(nonEmpty(c.problem) ? [{ kind: 'text', text: c.problem } as AnswerView] : []), { kind: 'table', head: ['Phase', 'Who takes part'], rows }];
}
