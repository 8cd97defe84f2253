import { useStore } from '@nanostores/react';
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { valueFor, type AnswerValue, type SavedAnswer } from '../../blocks/answers';
import type { BlockType } from '../../blocks/types';
import { $answers, saveAnswer } from '../../stores/answers';
import { readRaw, removeRaw } from '../../stores/storage';
import { addedText, earlyEditsKey, fieldsOf, isTextField, parseKeptEdits, readFieldEdits, type FieldEdit } from '../../stores/early-edits';

const noop = () => () => {};
const onClient = () => true;
const onServer = () => false;
const Hydrated = createContext<boolean | null>(null);

/** False during server rendering and the hydration pass, true after: saved answers only exist in the browser. */
export function useHydrated(): boolean {
  const gate = useContext(Hydrated);
  return useSyncExternalStore(noop, gate === null ? onClient : () => gate, gate === null ? onServer : () => gate);
}

/**
 * Wraps an island so that its fields fill with saved answers in a background render React can
 * pause (every few milliseconds, for input and paint), not one long synchronous re-render of the
 * whole island right after hydration. Inside it, useHydrated follows this one switch.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useDeferredValue(useSyncExternalStore(noop, onClient, onServer));
  return createElement(Hydrated, { value: hydrated }, children);
}

/**
 * An early edit waiting to be replayed: one from this page has its element. `replace`: the text
 * was typed in a field that already showed the saved answer (ShowSaved.astro filled it before
 * first paint), so what the learner left in the field is the answer, not text to add to it.
 */
type QueuedEdit = FieldEdit & { element?: HTMLElement; replace?: boolean };

/** Whether ShowSaved.astro put this text answer in its field before the island woke. */
const filledEarly = (key: string): boolean =>
  typeof document !== 'undefined' && document.querySelector(`[data-answer="${CSS.escape(key)}"][data-filled]`) !== null;

/**
 * Give an early edit to the block as if the learner made it now, through the block's own
 * change handler. The field already shows the saved answer: free text typed early is added to
 * it, never put in its place; a number or a slider's value takes its place. React notices a change only when the value differs from the one it last
 * set, so the new value goes in through the element's own (prototype) setter.
 */
function replay(root: HTMLElement, edit: QueuedEdit): boolean {
  const fields = fieldsOf(root);
  // A field the saved answer does not have (a list shorter than the blank rows the page was
  // served with) gives its text to the block's last text field: added there, not lost.
  const el = edit.element?.isConnected ? edit.element : (fields[edit.field] ?? (edit.text !== undefined ? fields.filter(isTextField).at(-1) : undefined));
  if (!el) return false;
  if (edit.checked !== undefined) {
    if (!(el instanceof HTMLInputElement) || el.checked === edit.checked) return false;
    el.click();
    return true;
  }
  let next: string;
  if (edit.text !== undefined) {
    if (!isTextField(el)) return false;
    // Only free text adds up: a number, a slider or a date typed early is the value, and adding
    // it to the one shown ("0" + "50") would make an invalid number the field then drops.
    const adds = el instanceof HTMLTextAreaElement || ['text', 'search'].includes(el.type);
    next = edit.replace || !adds ? edit.text : addedText(el.value, edit.text, el instanceof HTMLTextAreaElement ? '\n' : ' ');
    if (next === el.value) return false;
  } else if (edit.choice !== undefined) {
    if (!(el instanceof HTMLSelectElement) || el.value === edit.choice) return false;
    next = edit.choice;
  } else return false;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set;
  if (!setter) return false;
  setter.call(el, next);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  return true;
}

/**
 * One block's answer. Typing updates a local draft at once and saves after a pause; an
 * update from another tab replaces the draft only when it is newer and the learner is not
 * typing in this block (last writer per block, never per store).
 *
 * Fields work from first paint, before the island hydrates (a keyboard user may reach them
 * first): whatever was typed in them by then is read at hydration and saved once the saved
 * answer is on screen: in its place where the field showed it from first paint (a text answer
 * ShowSaved.astro filled), else on top of it; so are edits kept from a visit the learner left
 * before the block woke (scripts/early-save.ts), which are then let go.
 */
export function useAnswer<T extends BlockType>(key: string, type: T) {
  const hydrated = useHydrated();
  const stored = useStore($answers, { keys: [key] })[key];
  const [draft, setDraft] = useState<SavedAnswer>();
  // What the fields show between the hydration commit and the saved answer: a controlled field
  // that kept showing nothing would put back the empty value after every key the learner pressed.
  const [early, setEarly] = useState<AnswerValue<T>>();
  const containerRef = useRef<HTMLDivElement | null>(null);
  const earlyEdits = useRef<QueuedEdit[] | null>(null);
  const keptFrom = useRef<string>(undefined);
  const shown = useRef(false);
  // Decided once, in the browser: the server rendered the field empty.
  const [filled] = useState(() => filledEarly(key));
  const edited = useCallback(
    (root: HTMLElement): QueuedEdit[] => readFieldEdits(root).map((e) => (filled && e.text !== undefined ? { ...e, replace: true } : e)),
    [filled],
  );

  // The hydration commit: the DOM still holds what the learner typed before it.
  useLayoutEffect(() => {
    if (earlyEdits.current !== null || !containerRef.current) return;
    const kept = parseKeptEdits(readRaw(earlyEditsKey(key)));
    if (kept.length > 0) keptFrom.current = earlyEditsKey(key);
    earlyEdits.current = [...kept, ...edited(containerRef.current)];
    // A field filled before first paint must not be rendered empty again before the saved answer
    // arrives: the hydration pass renders it empty (a non-empty value there would make React put
    // the saved text over what the learner typed), and any later render keeps what it shows.
    const field = filled ? fieldsOf(containerRef.current).find(isTextField) : undefined;
    if (field) setEarly(field.value as AnswerValue<T>);
  }, [key, edited, filled]);

  useEffect(() => {
    if (!draft || !stored || stored.at <= draft.at) return;
    if (containerRef.current?.contains(document.activeElement)) return;
    setDraft(undefined);
  }, [stored, draft]);

  const value: AnswerValue<T> | undefined = hydrated ? valueFor(type, draft ?? stored) : early;

  // Between the hydration commit and the saved answer reaching the screen, a change would be
  // made from the empty server fields and overwrite the saved answer: keep it as an early edit.
  // (Before the replay below: a replayed edit must save.)
  useLayoutEffect(() => {
    shown.current = hydrated;
  }, [hydrated]);

  // Once the saved answer is on screen, replay early edits one at a time (each re-renders the block).
  useLayoutEffect(() => {
    const root = containerRef.current;
    const edits = earlyEdits.current;
    if (!hydrated || !root || !edits) return;
    while (edits.length) if (replay(root, edits.shift()!)) return;
    // Every kept edit is now in the answer (saved, or written when the page is left).
    if (keptFrom.current) removeRaw(keptFrom.current);
    keptFrom.current = undefined;
  }, [hydrated, value]);

  const setValue = useCallback(
    (next: AnswerValue<T>) => {
      if (!shown.current) {
        const root = containerRef.current;
        if (root) {
          const later = edited(root);
          earlyEdits.current = [...(earlyEdits.current ?? []).filter((e) => !later.some((l) => l.element === e.element)), ...later];
        }
        setEarly(next);
        return;
      }
      setDraft({ v: next, at: Date.now() });
      saveAnswer(key, next);
    },
    [key, edited],
  );
  // The element around the block's fields: scripts/early-save.ts finds them by these attributes
  // when the learner leaves before the saved answer is on screen.
  const frame = { ref: containerRef, 'data-answer': key, 'data-answer-type': type, 'data-hydrated': hydrated || undefined };
  return { value, setValue, frame, ready: hydrated };
}

/**
 * Shown over a block's fields only while its saved answer is on its way (the styles show it
 * when ShowSaved.astro marked the frame `data-saved` and the island has not filled it yet).
 */
export function SavedLoading() {
  return createElement('p', { className: 'saved-loading' }, 'Loading your saved answer…');
}
