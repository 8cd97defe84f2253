/**
 * The `client:interaction` directive (see src/integrations/client-directives.ts): hydrate an
 * island when the learner reaches for it (a pointer over it, a touch, the keyboard's focus, a
 * file dragged in), not while the page loads. Its server-rendered buttons and fields show from
 * the start. A button pressed before the island runs is pressed again once it does, and a file
 * chosen or dropped waits in the island's file field (the island reads it when it mounts).
 * Storage that cannot be read wakes the island at once: its warning must show unasked.
 */
import type { ClientDirective } from 'astro';
import { hasKeyWith, keepFiles, storedUnder, waker } from './island-wake';

/**
 * What wakes the island as the page loads instead: a saved value under the key prefix `stored`
 * (the sleeping island would show an empty form over it), or the parameter `hash` in the
 * address's fragment (a shared link to open). The island is inert until it has woken, so
 * nothing is typed into the empty form it was rendered with; another tab saving under the
 * prefix, or a new fragment with the parameter, wakes it too.
 */
export interface InteractionOptions {
  stored?: string;
  hash?: string;
}

const hashHas = (name: string) =>
  location.hash
    .slice(1)
    .split('&')
    .some((part) => part.startsWith(`${name}=`));

const storageReadable = (): boolean => {
  try {
    localStorage.getItem('course:probe');
    return true;
  } catch {
    return false;
  }
};

const interaction: ClientDirective = (load, options, el) => {
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
  if (!storageReadable()) return wake();

  const { stored, hash } = (options.value ?? {}) as InteractionOptions;
  const wakeInert = () => {
    if (island.state !== 'asleep') return;
    el.inert = true;
    void island.wake().finally(() => (el.inert = false));
  };
  if ((stored !== undefined && hasKeyWith(stored)) || (hash !== undefined && hashHas(hash))) return wakeInert();
  if (stored !== undefined) {
    window.addEventListener('storage', (event) => {
      if (storedUnder(event.key, stored)) wakeInert();
    });
  }
  if (hash !== undefined) {
    window.addEventListener('hashchange', () => {
      if (hashHas(hash)) wakeInert();
    });
  }
};

export default interaction;
