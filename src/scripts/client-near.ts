/**
 * The `client:near` directive (see src/integrations/client-directives.ts): hydrate an island as
 * it comes near the screen (`rootMargin`, as `client:visible`), or as soon as the learner reaches
 * for it (focus, pointer, touch) if that comes first. A button pressed before its part of the
 * island is live is pressed again once it is: the first Enter on a button the learner tabbed to
 * right after scrolling is never lost. A worksheet block is live once its frame (the element
 * with `data-answer`) carries `data-hydrated` (useAnswer.ts); any other button once the island
 * has hydrated.
 */
import type { ClientDirective } from 'astro';
import { waker } from './island-wake';

export interface NearOptions {
  rootMargin?: string;
}

const near: ClientDirective = (load, options, el) => {
  const island = waker(load);
  const wake = () => void island.wake();
  const frameOf = (button: Element) => button.closest('[data-answer]');
  const live = (button: Element) => {
    const frame = frameOf(button);
    return island.state === 'awake' && (!frame || frame.hasAttribute('data-hydrated'));
  };

  for (const type of ['pointerover', 'touchstart', 'focusin']) el.addEventListener(type, wake, { once: true, passive: true });
  const { rootMargin } = (options.value ?? {}) as NearOptions;
  const seen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      wake();
    },
    { rootMargin: rootMargin ?? '0px' },
  );
  // An island's own element has no box (display: contents): watch what it holds.
  for (const child of Array.from(el.children)) if (!(child instanceof HTMLTemplateElement)) seen.observe(child);

  el.addEventListener(
    'click',
    (e) => {
      const button = e.target instanceof Element ? e.target.closest('button') : null;
      if (!button || live(button)) return;
      e.preventDefault();
      e.stopPropagation();
      wake();
      island.then(() => {
        const press = () => button.isConnected && button.click();
        const frame = frameOf(button);
        if (!frame || frame.hasAttribute('data-hydrated')) return press();
        const watch = new MutationObserver(() => {
          if (!frame.hasAttribute('data-hydrated')) return;
          watch.disconnect();
          press();
        });
        watch.observe(frame, { attributes: true, attributeFilter: ['data-hydrated'] });
      });
    },
    true,
  );
};

export default near;
