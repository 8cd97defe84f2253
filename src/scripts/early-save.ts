/**
 * What the learner typed, ticked or chose in a worksheet or the lab before its island woke
 * (the fields work from first paint) lives only in the page until the island saves it. If the
 * learner leaves first, this keeps it, for every answer's fields (`data-answer`, set by
 * useAnswer.ts) not yet showing the saved answer:
 * - a text block's text is saved as the island would have saved it: where the field showed the
 *   saved answer from first paint (ShowSaved.astro, `data-filled`), what is in the field is the
 *   answer; else (storage was not readable then) it is added after the saved answer;
 * - other blocks' answers have shapes only their editors know, so their edits are kept as
 *   edits, field by field, and the block's editor replays them when it next wakes (useAnswer.ts).
 * The fields then take what they show as their own, so an island that still wakes (the page
 * kept in the back/forward cache) finds nothing to add a second time.
 */
import { addedText, earlyEditsKey, mergeEdits, parseKeptEdits, readFieldEdits, settleFields } from '../stores/early-edits';
import { FLUSH_DONE, FLUSH_EVENT, FLUSH_REQUEST } from '../lib/lesson-flush';
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

/** A text answer's field: saved as the island would have saved it. */
function saveText(frame: HTMLElement, answerKey: string): void {
  const field = frame.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"]');
  if (!field) return;
  const typed = field.value;
  const filled = frame.dataset['filled'] !== undefined;
  if (!filled && (typed === field.defaultValue || typed.trim() === '')) return;
  const key = `${ANSWERS_PREFIX}${answerKey}`;
  const saved = savedText(key);
  if (saved === null) return;
  const text = filled ? typed : addedText(saved, typed);
  if (text !== saved) writeRaw(key, JSON.stringify({ v: text, at: Date.now() }));
  field.defaultValue = typed;
}

/** Another type's edits, kept for the block's next visit. */
function keepEdits(frame: HTMLElement, answerKey: string): void {
  const edits = readFieldEdits(frame);
  if (edits.length === 0) return;
  const key = earlyEditsKey(answerKey);
  const now = edits.map(({ element: _, ...edit }) => edit);
  writeRaw(key, JSON.stringify(mergeEdits(parseKeptEdits(readRaw(key)), now)));
  settleFields(edits);
}

/** Every answer's fields on the page whose island has not shown the saved answer yet (`useAnswer`'s frame). */
export function saveEarlyEdits(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('[data-answer]:not([data-hydrated])')) {
    const answerKey = frame.dataset['answer'];
    if (!answerKey) continue;
    if (frame.dataset['answerType'] === 'text') saveText(frame, answerKey);
    else keepEdits(frame, answerKey);
  }
}

window.addEventListener('pagehide', saveEarlyEdits);

// In an LMS package the launch page around this lesson asks for everything to be written before
// it makes a file (src/lib/lesson-flush.ts): the stores write what is pending, then so does this.
window.addEventListener('message', (event) => {
  const { type, id } = (event.data ?? {}) as { type?: unknown; id?: unknown };
  if (parent === window || event.source !== parent || event.origin !== location.origin || type !== FLUSH_REQUEST || typeof id !== 'string') return;
  dispatchEvent(new Event(FLUSH_EVENT));
  saveEarlyEdits();
  parent.postMessage({ type: FLUSH_DONE, id }, location.origin);
});
