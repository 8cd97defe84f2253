import { chartColumns } from './stakeholders';
import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

/** Each chart: the challenge, then a table of its stakeholders. */
export function view(_block: BlockOf<'stakeholder-chart'>, c: AnswerValue<'stakeholder-chart'>): AnswerView[] {
  return c.charts.flatMap((chart): AnswerView[] => {
    const intro: AnswerView[] = nonEmpty(chart.challenge) ? [{ kind: 'text', text: chart.challenge }] : [];
    const rows = chart.rows.map((r) => [
      r.name || 'Unnamed stakeholder',
      ...chartColumns.map((col) => (col.id === 'losses' ? [r.losses.join(', '), r.cells[col.id] ?? ''].filter(nonEmpty).join('. ') : (r.cells[col.id] ?? ''))),
    ]);
    const table: AnswerView = { kind: 'table', head: ['Stakeholder', ...chartColumns.map((col) => col.label)], rows };
    if (chart.title) table.caption = chart.title;
    return [...intro, table];
  });
}
