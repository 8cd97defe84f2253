/**
 * The `client:interaction` directive (see src/integrations/client-directives.ts): hydrate an
 * island when the learner reaches for it (a pointer over it, a touch, the keyboard's focus, a
 * file dragged in), not while the page loads. Its server-rendered buttons and fields show from
 * the start. A button pressed before the island runs is pressed again once it does, and a file
 * chosen or dropped waits in the island's file field (the island reads it when it mounts).
 * Storage that cannot be read wakes the island at once: its warning must show unasked.
 */
import type { ClientDirective } from 'astro';
import { keepFiles, waker } from './island-wake';

const storageReadable = (): boolean => {
  try {
    localStorage.getItem('course:probe');
    return true;
  } catch {
    return false;
  }
};

const interaction: ClientDirective = (load, _options, el) => {
  const island = waker(load);
  const wake = () => void island.wake();
  for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'dragenter']) el.addEventListener(type, wake, { once: true, passive: true });
  el.addEventListener(
    'click',
    (e) => {
      const button = e.target instanceof Element ? e.target.closest('button') : null;
      if (island.state === 'awake' || !button) return;
      e.preventDefault();
      e.stopPropagation();
      island.then(() => button.isConnected && button.click());
      wake();
    },
    true,
  );
  keepFiles(el, island);
  if (!storageReadable()) wake();
};

export default interaction;
