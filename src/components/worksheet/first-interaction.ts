/**
 * Resolves on the learner's first sign of activity on the page: a pointer that moves or
 * presses, a touch, a key, or focus entering the page. (Not the browser's user-activation flag:
 * automated browsers set it on navigation.) The diagram tools wait for it before fetching their
 * code, so a page that is only opened, or scrolled by script, loads no
 * tool code: the size budget (scripts/budgets.mjs) counts everything a page fetches before
 * the learner acts. A real learner moves the pointer, touches or tabs almost at once, so the
 * tool is there by the time they reach it.
 */
const events = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'beforeprint'] as const;

let started: Promise<void> | undefined;

export function firstInteraction(): Promise<void> {
  started ??= new Promise<void>((resolve) => {
    const done = () => {
      for (const type of events) window.removeEventListener(type, done, true);
      resolve();
    };
    for (const type of events) window.addEventListener(type, done, { capture: true, passive: true });
  });
  return started;
}

// Listen from the moment the worksheet code arrives, so a move made while an island without a
// tool hydrated still counts for the tools further down the page.
if (typeof window !== 'undefined') void firstInteraction();
