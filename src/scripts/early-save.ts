/**
 * What the learner typed, ticked or chose in a worksheet before its island woke (the fields
 * work from first paint) lives only in the page until the island saves it. If the learner
 * leaves first, this keeps it:
 * - a text block's text is saved as the island would have saved it: added after the saved
 *   answer, never in its place;
 * - other blocks' answers have shapes only their editors know, so their edits are kept as
 *   edits, field by field, and the block's editor replays them when it next wakes (useAnswer.ts).
 * The fields then take what they show as their own, so an island that still wakes (the page
 * kept in the back/forward cache) finds nothing to add a second time.
 */
import { earlyEditsKey, mergeEdits, parseKeptEdits, readFieldEdits, settleFields } from '../components/worksheet/early-edits';
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

/** Other block types' edits, kept for the block's next visit. */
function keepEarlyEdits(worksheet: HTMLElement): void {
  for (const wrap of worksheet.querySelectorAll<HTMLElement>('.block-wrap')) {
    const block = wrap.querySelector<HTMLElement>('[data-block]');
    if (!block || block.dataset['type'] === 'text') continue;
    const edits = readFieldEdits(wrap);
    if (edits.length === 0) continue;
    const key = earlyEditsKey(`${worksheet.dataset['worksheet']}/${block.dataset['block']}`);
    const now = edits.map(({ element: _, ...edit }) => edit);
    writeRaw(key, JSON.stringify(mergeEdits(parseKeptEdits(readRaw(key)), now)));
    settleFields(edits);
  }
}

export function saveEarlyEdits(): void {
  for (const blocks of document.querySelectorAll<HTMLElement>('.worksheet-blocks[data-worksheet]:not([data-hydrated])')) {
    keepEarlyEdits(blocks);
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

window.addEventListener('pagehide', saveEarlyEdits);
