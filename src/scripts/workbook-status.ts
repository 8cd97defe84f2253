/**
 * The workbook's server-rendered parts that show what this browser saved, beside the lesson
 * badges of saved-status.ts: each lesson's last edit (`[data-edited]`), when the work was last
 * exported (`[data-export-status]`) and the reminder to save a copy (`[data-export-reminder]`).
 * No framework: the workbook's tools wake only when the learner reaches for them.
 */
import { unexported } from '../lib/export-reminder';
import { lastEditOf } from '../lib/status';
import { formatDate } from '../lib/time';
import { LAST_EXPORT_KEY } from '../stores/keys';
import { onSavedChange, readJson, readSaved } from './saved-reader';

function paint(): void {
  const { answers, progress } = readSaved();
  for (const el of document.querySelectorAll<HTMLElement>('[data-edited]')) {
    const key = el.dataset['edited'] ?? '';
    el.textContent = formatDate(lastEditOf(key, answers, progress[key]));
  }
  const at = readJson(LAST_EXPORT_KEY);
  const lastExport = typeof at === 'number' ? at : undefined;
  const line = document.querySelector('[data-export-status]');
  if (line) line.textContent = lastExport ? `Last exported ${formatDate(lastExport)}.` : 'Not exported from this browser yet.';
  const reminder = document.querySelector<HTMLElement>('[data-export-reminder]');
  if (reminder) {
    const { oldest, remind } = unexported(answers, lastExport, Date.now());
    reminder.hidden = !remind;
    const since = reminder.querySelector('[data-unexported-since]');
    if (since) since.textContent = formatDate(oldest);
  }
}

paint();
onSavedChange(paint, (key) => key === LAST_EXPORT_KEY);
