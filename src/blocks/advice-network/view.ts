import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

/** The organization chart; the network is drawn from the source grids, which have their own views. */
export function view(_block: BlockOf<'advice-network'>, o: AnswerValue<'advice-network'>): AnswerView[] {
  const title = new Map(o.positions.map((p) => [p.id, p.title]));
  const rows = o.positions.filter((p) => nonEmpty(p.title) || nonEmpty(p.person)).map((p) => [p.title, p.person, title.get(p.reportsTo) ?? '']);
  return rows.length ? [{ kind: 'table', caption: 'Organization chart', head: ['Position', 'Person', 'Reports to'], rows }] : [];
}
