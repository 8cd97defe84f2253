/**
 * Worksheet answers, one storage key per block: `course:v1:answers:<kind>/<lesson>/<block>`.
 * Typing updates the component at once; writes are debounced and flushed when the page is
 * hidden or closed, so nothing typed in the last moment is lost.
 */
import { onMount } from 'nanostores';
import { savedAnswer, type SavedAnswer } from '../blocks/answers';
import { FLUSH_EVENT } from '../lib/lesson-flush';
import { ANSWERS_PREFIX } from './keys';
import { persistedMap } from './persisted';
import { moveSavedAnswers } from './moved-answers';
import { askPersistentStorage } from './storage';

export { ANSWERS_PREFIX };
// Blocks renamed after publishing: their answers follow them before the store first reads.
if (typeof window !== 'undefined') moveSavedAnswers();
export const $answers = persistedMap<SavedAnswer>(ANSWERS_PREFIX, savedAnswer);

const pending = new Map<string, SavedAnswer>();
let timer: ReturnType<typeof setTimeout> | undefined;
const DEBOUNCE_MS = 300;

/** Write every pending answer to storage now. */
export function flushAnswers(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  for (const [key, value] of pending) $answers.setKey(key, value);
  pending.clear();
}

/** Record an answer; it reaches storage after a short pause in typing. */
export function saveAnswer(key: string, value: unknown): void {
  pending.set(key, { v: value, at: Date.now() });
  askPersistentStorage();
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flushAnswers, DEBOUNCE_MS);
}

/** The latest answer for a key, including one not yet written. */
export function getAnswer(key: string): SavedAnswer | undefined {
  return pending.get(key) ?? $answers.get()[key];
}

export function clearAnswer(key: string): void {
  pending.delete(key);
  $answers.setKey(key, undefined);
}

const flushWhenHidden = (): void => {
  if (document.visibilityState === 'hidden') flushAnswers();
};
// While anything shows answers (the store is mounted), a page that is hidden or closed writes
// what is still pending; when the last one goes, whatever is pending is written at once.
onMount($answers, () => {
  if (typeof window === 'undefined') return;
  window.addEventListener('pagehide', flushAnswers);
  // An LMS package's launch page making a file now (src/lib/lesson-flush.ts).
  window.addEventListener(FLUSH_EVENT, flushAnswers);
  document.addEventListener('visibilitychange', flushWhenHidden);
  return () => {
    window.removeEventListener('pagehide', flushAnswers);
    window.removeEventListener(FLUSH_EVENT, flushAnswers);
    document.removeEventListener('visibilitychange', flushWhenHidden);
    flushAnswers();
  };
});
