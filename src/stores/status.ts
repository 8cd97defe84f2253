/** A lesson's status from saved progress and answers: the course map and workbook agree on it. */
import { answerKey, isAnswered } from '../lib/answers';
import type { BlockType } from '../lib/blocks';
import { $answers } from './answers';
import { $progress } from './progress';

export type Status = 'done' | 'started' | 'new';

export function lessonStatus(lessonKey: string, required: { id: string; type: BlockType }[]): Status {
  const progress = $progress.get()[lessonKey];
  const answers = $answers.get();
  if (progress?.done) return 'done';
  if (required.length > 0 && required.every((b) => isAnswered(b, answers[answerKey(lessonKey, b.id)]))) return 'done';
  const anyAnswer = Object.keys(answers).some((k) => k.startsWith(`${lessonKey}/`) && answers[k]);
  if (anyAnswer) return 'started';
  if (progress?.visited) return required.length ? 'started' : 'done';
  return 'new';
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
