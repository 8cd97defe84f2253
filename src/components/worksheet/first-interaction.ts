/**
 * Resolves on the learner's first sign of activity on the page: a pointer that moves or
 * presses, a touch, a key, or focus entering the page. (Not the browser's user-activation flag:
 * automated browsers set it on navigation.) The diagram tools wait for it, or for coming near
 * the screen (Deferred.tsx), before fetching their code, so a page that is only opened loads
 * no tool code. A real learner moves the pointer, touches or tabs almost at once, so the tool
 * is there by the time they reach it; one who only scrolls or reads gets it as it comes near.
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
