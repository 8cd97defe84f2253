/**
 * Fills in the lesson badges of `LessonStatus.astro` ("Not started", "In progress", "Done")
 * and the progress summary (`[data-progress-summary]`) from what this browser saved, on the
 * course map and the workbook. It repaints when another tab saves, and when this tab's storage
 * engine does (the workbook's reset, undo, import and restore).
 *
 * It reads the stored values with saved-reader.ts instead of loading the answer stores and their
 * schemas, so the course map stays within its script budget.
 */
import type { BlockType } from '../blocks/types';
import { statusLabel, statusOf, type Status } from '../lib/status';
import { kinds, progressSummary } from '../lib/vocabulary';
import { onSavedChange, readSaved } from './saved-reader';

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
