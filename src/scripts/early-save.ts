/**
 * Text typed into a worksheet before its island has woken (the fields work from first paint)
 * lives only in the page until the island saves it. If the learner leaves first, this saves it
 * as the island would have: added after the saved answer, never in its place.
 *
 * Only text blocks (`data-type="text"`), whose answer is the text itself; other types' fields
 * are read by their own editors at hydration. The field's `defaultValue` then takes what was
 * typed, so an island that still wakes (the page kept in the back/forward cache) sees no early
 * edit to add a second time.
 */
import { ANSWERS_PREFIX } from '../stores/keys';
import { readRaw, writeRaw } from '../stores/storage';

/** The saved text of an answer, or '' (an answer of another shape is left alone: null). */
function savedText(key: string): string | null {
  const raw = readRaw(key);
  if (raw === null) return '';
  try {
    const v: unknown = (JSON.parse(raw) as { v?: unknown } | null)?.v;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function saveEarlyText(): void {
  for (const blocks of document.querySelectorAll<HTMLElement>('.worksheet-blocks[data-worksheet]:not([data-hydrated])')) {
    for (const field of blocks.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[data-type="text"][data-block] :is(textarea, input[type="text"])')) {
      const typed = field.value;
      if (typed === field.defaultValue || typed.trim() === '') continue;
      const key = `${ANSWERS_PREFIX}${blocks.dataset['worksheet']}/${field.closest<HTMLElement>('[data-block]')?.dataset['block']}`;
      const saved = savedText(key);
      if (saved === null) continue;
      if (!saved.includes(typed)) {
        const text = saved.trim() === '' || typed.startsWith(saved) ? typed : `${saved}\n${typed}`;
        writeRaw(key, JSON.stringify({ v: text, at: Date.now() }));
      }
      field.defaultValue = typed;
    }
  }
}

window.addEventListener('pagehide', saveEarlyText);
