/** A lesson's status from saved progress and answers: the course map and workbook agree on it. */
import { statusOf, type Status } from '../lib/status';
import type { BlockType } from '../lib/blocks';
import { $answers } from './answers';
import { $progress } from './progress';

export type { Status } from '../lib/status';

export function lessonStatus(lessonKey: string, required: { id: string; type: BlockType }[]): Status {
  return statusOf(lessonKey, required, $answers.get(), $progress.get()[lessonKey]);
}

/** When the learner last changed anything in a lesson, epoch ms. */
export function lastEdit(lessonKey: string): number | undefined {
  const times = Object.entries($answers.get())
    .filter(([k, v]) => v && k.startsWith(`${lessonKey}/`))
    .map(([, v]) => v!.at);
  const p = $progress.get()[lessonKey];
  if (p?.done) times.push(p.done);
  return times.length ? Math.max(...times) : undefined;
}
