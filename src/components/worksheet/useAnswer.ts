import { useStore } from '@nanostores/react';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { valueFor, type AnswerValue, type SavedAnswer } from '../../lib/answers';
import type { BlockType } from '../../lib/blocks';
import { $answers, saveAnswer } from '../../stores/answers';

const noop = () => () => {};
/** False during server rendering and the hydration pass, true after: saved answers only exist in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/**
 * One block's answer. Typing updates a local draft at once and saves after a pause; an
 * update from another tab replaces the draft only when it is newer and the learner is not
 * typing in this block (last writer per block, never per store).
 */
export function useAnswer<T extends BlockType>(key: string, type: T) {
  const hydrated = useHydrated();
  const stored = useStore($answers, { keys: [key] })[key];
  const [draft, setDraft] = useState<SavedAnswer>();
  const containerRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!draft || !stored || stored.at <= draft.at) return;
    if (containerRef.current?.contains(document.activeElement)) return;
    setDraft(undefined);
  }, [stored, draft]);

  const current = hydrated ? (draft ?? stored) : undefined;
  const value: AnswerValue<T> | undefined = valueFor(type, current);
  const setValue = useCallback(
    (next: AnswerValue<T>) => {
      setDraft({ v: next, at: Date.now() });
      saveAnswer(key, next);
    },
    [key],
  );
  return { value, setValue, containerRef, ready: hydrated };
}
