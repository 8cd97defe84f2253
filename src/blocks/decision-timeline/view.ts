import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

export function view(_block: BlockOf<'decision-timeline'>, t: AnswerValue<'decision-timeline'>): AnswerView[] {
  const inputs = Object.entries(t.inputs).map(([k, v]) => [k.replace(/([A-Z])/g, ' $1').toLowerCase(), String(v)]);
  const views: AnswerView[] = [];
  if (inputs.length) views.push({ kind: 'table', head: ['Input', 'Value'], rows: inputs });
  if (nonEmpty(t.note)) views.push({ kind: 'text', text: t.note });
  return views;
}
