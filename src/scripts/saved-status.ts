/**
 * Fills in the lesson badges of `LessonStatus.astro` ("Not started", "In progress", "Done")
 * and the progress summary (`[data-progress-summary]`) from what this browser saved, on the
 * course map and the workbook. It repaints when another tab saves, and when this tab's storage
 * engine does (the workbook's reset, undo, import and restore).
 *
 * It reads the stored values itself instead of loading the answer stores and their schemas, so
 * the course map stays under 8 kB of script: a value of the wrong shape only counts as
 * unanswered here (the stores quarantine it on the lesson's own page).
 */
import type { BlockType } from '../blocks/types';
import type { SavedAnswer } from '../blocks/completeness';
import { statusLabel, statusOf, type Status } from '../lib/status';
import { kinds, progressSummary } from '../lib/vocabulary';
import { ANSWERS_PREFIX as ANSWERS, PROGRESS_PREFIX as PROGRESS } from '../stores/keys';
import { allKeys, courseKey, readRaw, STORED_EVENT } from '../stores/storage';

export function readJson(key: string): unknown {
  try {
    return JSON.parse(readRaw(key) ?? 'null');
  } catch {
    return null;
  }
}

const isSaved = (v: unknown): v is SavedAnswer => typeof v === 'object' && v !== null && 'v' in v && typeof (v as SavedAnswer).at === 'number';

/** Every saved answer and lesson progress record, by key (without the prefixes). */
export function readSaved(): { answers: Record<string, SavedAnswer>; progress: Record<string, { visited?: number; done?: number }> } {
  const answers: Record<string, SavedAnswer> = {};
  const progress: Record<string, { visited?: number; done?: number }> = {};
  for (const key of allKeys()) {
    if (key.startsWith(ANSWERS)) {
      const value = readJson(key);
      if (isSaved(value)) answers[key.slice(ANSWERS.length)] = value;
    } else if (key.startsWith(PROGRESS)) {
      const value = readJson(key);
      if (typeof value === 'object' && value !== null) progress[key.slice(PROGRESS.length)] = value as { visited?: number; done?: number };
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

function paint(): void {
  const { answers, progress } = readSaved();
  const counts: Record<Status, number> = { done: 0, started: 0, new: 0 };
  const zero = () => Object.fromEntries(kinds.map((k) => [k, 0])) as Record<(typeof kinds)[number], number>;
  const done = zero();
  const total = zero();
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const key = el.dataset['progress'] ?? '';
    const required = JSON.parse(el.dataset['required'] ?? '[]') as { id: string; type: BlockType }[];
    const status = statusOf(key, required, answers, progress[key]);
    counts[status]++;
    // Each kind counted under its own name (a lesson key is `kind/id`).
    const kind = kinds.find((k) => key.startsWith(`${k}/`));
    if (kind) {
      total[kind]++;
      if (status === 'done') done[kind]++;
    }
    el.textContent = statusLabel[status];
    el.className = `badge ${status}`;
  }
  const summary = document.querySelector('[data-progress-summary]');
  if (summary) summary.textContent = progressSummary(done, total, counts.started);
}

paint();
onSavedChange(paint);
