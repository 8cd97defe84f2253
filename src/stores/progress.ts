/** Which lessons the learner has opened and marked done, keyed by `<kind>/<id>`. */
import * as z from 'zod/mini';
import { PROGRESS_PREFIX } from './keys';
import { persistedMap } from './persisted';

export { PROGRESS_PREFIX };
const timestamp = z.int().check(z.nonnegative());
export const lessonProgress = z.strictObject({
  visited: z.optional(timestamp),
  done: z.optional(timestamp),
  /**
   * The heading the learner last scrolled to (its id, '' for the top) and when: written by
   * scripts/keep-place.ts for "Continue where you left off". Added in round 10; records
   * without it (every earlier one) read as before.
   */
  place: z.optional(z.strictObject({ heading: z.string().check(z.maxLength(200)), at: timestamp })),
});
export type LessonProgress = z.infer<typeof lessonProgress>;

export const $progress = persistedMap<LessonProgress>(PROGRESS_PREFIX, lessonProgress);

export function markVisited(lessonKey: string): void {
  const current = $progress.get()[lessonKey];
  if (!current?.visited) $progress.setKey(lessonKey, { ...current, visited: Date.now() });
}

export function setDone(lessonKey: string, done: boolean): void {
  const { done: _old, ...rest } = $progress.get()[lessonKey] ?? {};
  $progress.setKey(lessonKey, done ? { ...rest, done: Date.now() } : rest);
}
