import { formatTime } from './time';
import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

export function view(block: BlockOf<'video-notes'>, value: AnswerValue<'video-notes'>): AnswerView[] {
  const role = (id: string) => block.roles.find((r) => r.id === id)?.label ?? '';
  const views: AnswerView[] = value.notes.length
    ? [{ kind: 'table', head: ['Time', 'Who', 'Note'], rows: value.notes.map((n) => [formatTime(n.t), role(n.role), n.text]) }]
    : [];
  // A note typed but not yet added is still the learner's answer.
  if (nonEmpty(value.draft.text)) views.push({ kind: 'text', text: `Note not yet added (at ${value.draft.time}): ${value.draft.text}` });
  return views;
}
