/** A lesson's status from its saved answers and progress. Pure: used by the browser stores and the review page. */
import { isAnswered, type SavedAnswer } from '../blocks/completeness';
import type { BlockType } from '../blocks/types';

export type Status = 'done' | 'started' | 'new';
export const statusLabel: Record<Status, string> = { done: 'Done', started: 'In progress', new: 'Not started' };

export function statusOf(
  lessonKey: string,
  required: { id: string; type: BlockType }[],
  answers: Record<string, SavedAnswer | undefined>,
  progress: { visited?: number | undefined; done?: number | undefined } | undefined,
): Status {
  if (progress?.done) return 'done';
  if (required.length > 0 && required.every((b) => isAnswered(b, answers[`${lessonKey}/${b.id}`]))) return 'done';
  if (Object.keys(answers).some((k) => k.startsWith(`${lessonKey}/`) && answers[k])) return 'started';
  if (progress?.visited) return required.length ? 'started' : 'done';
  return 'new';
}

/** When the learner last changed anything in a lesson (an answer, or marking it done), epoch ms. */
export function lastEditOf(
  lessonKey: string,
  answers: Record<string, SavedAnswer | undefined>,
  progress: { done?: number | undefined } | undefined,
): number | undefined {
  const times = Object.entries(answers)
    .filter(([k, v]) => v && k.startsWith(`${lessonKey}/`))
    .map(([, v]) => v!.at);
  if (progress?.done) times.push(progress.done);
  return times.length ? Math.max(...times) : undefined;
}
