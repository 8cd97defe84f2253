/** Lessons' status from saved progress and answers: the course map and workbook agree on it. */
import { computed, type ReadableAtom } from 'nanostores';
import { lastEditOf, statusOf, type Status } from '../lib/status';
import type { BlockType } from '../lib/blocks';
import { $answers } from './answers';
import { $progress } from './progress';

export { statusLabel, type Status } from '../lib/status';

export interface LessonSummary {
  status: Status;
  /** When the learner last changed anything in the lesson, epoch ms. */
  edited: number | undefined;
}

/**
 * Each lesson's status and last edit, by lesson key, derived from the answer and progress
 * stores: a component that shows them subscribes to this and repaints when either changes.
 */
export function lessonSummaries(lessons: readonly { key: string; required: { id: string; type: BlockType }[] }[]): ReadableAtom<Record<string, LessonSummary>> {
  return computed([$answers, $progress], (answers, progress) =>
    Object.fromEntries(
      lessons.map((l) => [l.key, { status: statusOf(l.key, l.required, answers, progress[l.key]), edited: lastEditOf(l.key, answers, progress[l.key]) }]),
    ),
  );
}
