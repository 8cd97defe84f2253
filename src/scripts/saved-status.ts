/**
 * Fills in server-rendered pages from what this browser saved: the lesson badges of
 * `LessonStatus.astro` ("Not started", "In progress", "Done"), each lesson's last edit
 * (`[data-edited]`), the progress summary (`[data-progress-summary]`), and the workbook's export
 * line and reminder (`[data-export-status]`, `[data-export-reminder]`). The course map and the
 * workbook use it. It repaints when another tab saves, and when this tab's storage engine does
 * (the workbook's export, reset, undo, import and restore).
 *
 * It reads the stored values itself instead of loading the answer stores and their schemas, so
 * these pages stay a few kilobytes of script: a value of the wrong shape only counts as
 * unanswered here (the stores quarantine it on the lesson's own page).
 */
import type { BlockType } from '../lib/blocks';
import type { SavedAnswer } from '../lib/completeness';
import { lastEditOf, statusLabel, statusOf, unexported, type Status } from '../lib/status';
import { ANSWERS_PREFIX as ANSWERS, LAST_EXPORT_KEY, PROGRESS_PREFIX as PROGRESS } from '../stores/keys';
import { allKeys, readRaw, STORED_EVENT } from '../stores/storage';
import { formatDate } from '../lib/time';

function readJson(key: string): unknown {
  try {
    return JSON.parse(readRaw(key) ?? 'null');
  } catch {
    return null;
  }
}

const isSaved = (v: unknown): v is SavedAnswer => typeof v === 'object' && v !== null && 'v' in v && typeof (v as SavedAnswer).at === 'number';

function paint(): void {
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
  const counts: Record<Status, number> = { done: 0, started: 0, new: 0 };
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const key = el.dataset['progress'] ?? '';
    const required = JSON.parse(el.dataset['required'] ?? '[]') as { id: string; type: BlockType }[];
    const status = statusOf(key, required, answers, progress[key]);
    counts[status]++;
    el.textContent = statusLabel[status];
    el.className = `badge ${status}`;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-edited]')) {
    const key = el.dataset['edited'] ?? '';
    el.textContent = formatDate(lastEditOf(key, answers, progress[key]));
  }
  const summary = document.querySelector('[data-progress-summary]');
  if (summary) {
    const total = counts.done + counts.started + counts.new;
    summary.textContent = `${counts.done} of ${total} lessons done, ${counts.started} in progress.`;
  }
  paintExport(answers);
}

function paintExport(answers: Record<string, SavedAnswer>): void {
  const line = document.querySelector('[data-export-status]');
  const reminder = document.querySelector<HTMLElement>('[data-export-reminder]');
  if (!line && !reminder) return;
  const at = readJson(LAST_EXPORT_KEY);
  const lastExport = typeof at === 'number' ? at : undefined;
  if (line) line.textContent = lastExport ? `Last exported ${formatDate(lastExport)}.` : 'Not exported from this browser yet.';
  if (reminder) {
    const { oldest, remind } = unexported(answers, lastExport, Date.now());
    reminder.hidden = !remind;
    const since = reminder.querySelector('[data-unexported-since]');
    if (since) since.textContent = formatDate(oldest);
  }
}

paint();
const concerns = (key: string | null) => key === null || key.startsWith(ANSWERS) || key.startsWith(PROGRESS) || key === LAST_EXPORT_KEY;
window.addEventListener('storage', (event) => {
  if (concerns(event.key)) paint();
});
// This tab's own writes, batched by the storage engine: one repaint for a reset of many keys.
window.addEventListener(STORED_EVENT, (event) => {
  if ((event as CustomEvent<string[]>).detail.some(concerns)) paint();
});
// Back/forward cache: the learner may have answered elsewhere since this page was kept.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) paint();
});
