import type { SavedAnswer } from '../blocks/completeness';

/** How long unexported work may wait before the workbook asks for a copy: Safari clears a site's storage after seven days without a visit. */
export const EXPORT_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The oldest answer saved since the last export (epoch ms), and whether it is old enough that the
 * learner should be reminded to download a copy.
 */
export function unexported(
  answers: Record<string, SavedAnswer | undefined>,
  lastExport: number | undefined,
  now: number,
): { oldest?: number; remind: boolean } {
  const times = Object.values(answers)
    .map((a) => a?.at)
    .filter((at): at is number => at !== undefined && at > (lastExport ?? 0));
  if (!times.length) return { remind: false };
  const oldest = Math.min(...times);
  return { oldest, remind: now - oldest > EXPORT_REMINDER_MS };
}
