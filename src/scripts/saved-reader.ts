/**
 * Every saved answer and lesson progress record, read straight from storage, and a way to hear
 * when they change: the one reader of the page scripts that show saved state without the stores
 * (status badges on the course map and the workbook, "Continue" on the home page and the course
 * map, the portfolio). No stores and no schemas are loaded, so these pages stay light: a value
 * of the wrong shape only counts as unanswered here (the stores quarantine it on the lesson's
 * own page).
 */
import type { SavedAnswer } from '../blocks/completeness';
import { ANSWERS_PREFIX as ANSWERS, PROGRESS_PREFIX as PROGRESS } from '../stores/keys';
import { allKeys, courseKey, readRaw, STORED_EVENT } from '../stores/storage';

/** A lesson's progress record as saved (`src/stores/progress.ts` holds its schema). */
export interface SavedProgress {
  visited?: number;
  done?: number;
  /** The heading the learner last read to, and when (keep-place.ts). */
  place?: { heading: string; at: number };
}

export function readJson(key: string): unknown {
  try {
    return JSON.parse(readRaw(key) ?? 'null');
  } catch {
    return null;
  }
}

const isSaved = (v: unknown): v is SavedAnswer => typeof v === 'object' && v !== null && 'v' in v && typeof (v as SavedAnswer).at === 'number';

/** Every saved answer and lesson progress record, by key (without the prefixes). */
export function readSaved(): { answers: Record<string, SavedAnswer>; progress: Record<string, SavedProgress> } {
  const answers: Record<string, SavedAnswer> = {};
  const progress: Record<string, SavedProgress> = {};
  for (const key of allKeys()) {
    if (key.startsWith(ANSWERS)) {
      const value = readJson(key);
      if (isSaved(value)) answers[key.slice(ANSWERS.length)] = value;
    } else if (key.startsWith(PROGRESS)) {
      const value = readJson(key);
      if (typeof value === 'object' && value !== null) progress[key.slice(PROGRESS.length)] = value as SavedProgress;
    }
  }
  return { answers, progress };
}

/**
 * Run `repaint` whenever answers or progress change (or another key `alsoWatch` accepts): in
 * another tab, in this one (the storage engine's event, one per task), or while the page sat in
 * the back/forward cache.
 */
export function onSavedChange(repaint: () => void, alsoWatch: (key: string) => boolean = () => false): void {
  const concerns = (key: string | null) => key === null || key.startsWith(ANSWERS) || key.startsWith(PROGRESS) || alsoWatch(key);
  window.addEventListener('storage', (event) => {
    // Another learner space's keys (inside an LMS package) are not this page's.
    const key = event.key === null ? null : courseKey(event.key);
    if ((event.key === null || key !== null) && concerns(key)) repaint();
  });
  window.addEventListener(STORED_EVENT, (event) => {
    if ((event as CustomEvent<string[]>).detail.some(concerns)) repaint();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) repaint();
  });
}
