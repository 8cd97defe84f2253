/**
 * Lessons' last edits from saved answers and progress, as a store a component subscribes to.
 * Status badges and the progress summary are painted without stores (src/scripts/saved-status.ts,
 * over the same rules in src/lib/status.ts), so the course map and the workbook agree.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { lastEditOf } from '../lib/status';
import { $answers } from './answers';
import { $progress } from './progress';

export { statusLabel, type Status } from '../lib/status';

/** When each of these lessons was last changed (epoch ms), by lesson key; lessons with nothing saved are left out. */
export function lastEdits(lessonKeys: readonly string[]): ReadableAtom<Record<string, number>> {
  return computed([$answers, $progress], (answers, progress) => {
    const edits: Record<string, number> = {};
    for (const key of lessonKeys) {
      const at = lastEditOf(key, answers, progress[key]);
      if (at !== undefined) edits[key] = at;
    }
    return edits;
  });
}
