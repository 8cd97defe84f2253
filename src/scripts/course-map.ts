/**
 * Fills the course map's status badges from saved progress and answers, and repaints when
 * another tab changes them. It reads the stored values itself instead of loading the answer
 * stores and their schemas, so the map stays a few kilobytes of script: a value of the wrong
 * shape only counts as unanswered here (the stores quarantine it on the lesson's own page).
 */
import type { BlockType } from '../lib/blocks';
import type { SavedAnswer } from '../lib/completeness';
import { statusLabel, statusOf, type Status } from '../lib/status';
import { ANSWERS_PREFIX as ANSWERS, PROGRESS_PREFIX as PROGRESS } from '../stores/keys';
import { allKeys, readRaw } from '../stores/storage';

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
  const summary = document.querySelector('[data-progress-summary]');
  if (summary) {
    const total = counts.done + counts.started + counts.new;
    summary.textContent = `${counts.done} of ${total} lessons done, ${counts.started} in progress.`;
  }
}

paint();
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith(ANSWERS) || event.key.startsWith(PROGRESS)) paint();
});
// Back/forward cache: the learner may have answered elsewhere since this page was kept.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) paint();
});
