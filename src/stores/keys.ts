/**
 * The storage keys of the course, in one place: the stores use them, and so does the page
 * script every page loads (src/scripts/page.ts), which must stay small and so writes a few
 * keys through the storage engine without loading the stores. Kept free of imports.
 */
export const SETTINGS_PREFIX = 'course:v1:settings:';
export const PROGRESS_PREFIX = 'course:v1:progress:';
export const ANSWERS_PREFIX = 'course:v1:answers:';
export const META_PREFIX = 'course:v1:meta:';
/** When this browser last exported a portfolio (epoch ms): the workbook's reminder reads it. */
export const LAST_EXPORT_KEY = `${META_PREFIX}lastExport`;

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** The keys of the settings page scripts read and write: their values are JSON, like every store's. */
export const THEME_KEY = `${SETTINGS_PREFIX}theme`;
export const FACILITATOR_KEY = `${SETTINGS_PREFIX}facilitator`;
/** The learner's name for the portfolio's cover and hand-in files (`$learnerName`). */
export const LEARNER_NAME_KEY = `${SETTINGS_PREFIX}name`;

export const progressKey = (lessonKey: string): string => `${PROGRESS_PREFIX}${lessonKey}`;

/** A saved theme, read as the theme store reads it: anything else is the system's. */
export function parseTheme(raw: string | null): Theme {
  try {
    const t: unknown = JSON.parse(raw ?? '"system"');
    return themes.find((name) => name === t) ?? 'system';
  } catch {
    return 'system';
  }
}

/**
 * Edits made in a worksheet block's fields before it woke, by a learner who then left: kept per
 * block (`<worksheet>/<block>`, as answers are) until the block next wakes and replays them
 * (src/components/worksheet/early-edits.ts).
 */
export const EARLY_EDITS_PREFIX = 'course:v1:early-edits:';
