/** Which lessons the learner has opened and marked done, keyed by `<kind>/<id>`. */
import * as z from 'zod/mini';
import { PROGRESS_PREFIX } from './keys';
import { persistedMap } from './persisted';
import { readRaw } from './storage';

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

/**
 * The lesson's record as stored now: keep-place.ts writes the reading place straight to storage
 * (lesson pages load no stores for it), which this tab's store does not hear of. Writing the
 * store's older copy back would drop that place.
 */
function current(lessonKey: string): LessonProgress | undefined {
  const inStore = $progress.get()[lessonKey];
  try {
    const stored = lessonProgress.safeParse(JSON.parse(readRaw(`${PROGRESS_PREFIX}${lessonKey}`) ?? 'null'));
    if (stored.success && stored.data.place && stored.data.place.at > (inStore?.place?.at ?? -1)) return { ...inStore, place: stored.data.place };
  } catch {
    // Unreadable: the store's copy stands (persisted.ts quarantines bad values).
  }
  return inStore;
}

export function markVisited(lessonKey: string): void {
  const record = current(lessonKey);
  if (!record?.visited) $progress.setKey(lessonKey, { ...record, visited: Date.now() });
}

export function setDone(lessonKey: string, done: boolean): void {
  const { done: _old, ...rest } = current(lessonKey) ?? {};
  $progress.setKey(lessonKey, done ? { ...rest, done: Date.now() } : rest);
}
