/**
 * A reload, or a phone bringing back a tab it had put to sleep, returns the learner to the
 * block they were reading in a worksheet. The browser's own scroll restoration measures the
 * page as served, whose worksheets do not show saved answers yet: it lands elsewhere, and the
 * answers then push the page about as they appear (a layout shift of about 0.9 on a filled-in
 * activity, November 2026).
 *
 * Instead, the block at the top of the screen and its offset are kept in the history entry
 * (`history.state`, which a reload and the back button bring back with the entry, and nothing
 * else sees), each time the learner stops scrolling and when the tab is hidden. (Chromium
 * drops a change made while the page unloads, so it is not left to `pagehide`.) On return, the worksheets are kept out of sight (visibility only: the
 * fields keep their place in the layout) until the one holding that block has woken and shows
 * its answers, and the block is put back at its offset.
 *
 * "Continue where you left off" on the home page (scripts/resume.ts) links to the block last
 * answered with `#continue=<block>`: this script brings the learner to that block the same way.
 */

interface Place {
  worksheet: string;
  block: string;
  /** The block's top, from the top of the screen, in CSS pixels. */
  offset: number;
}

const STATE_FIELD = 'coursePlace';
const RESTORING = 'data-restoring-place';
/** A worksheet that has not woken by then is shown as served (its code failed to load, or is slow). */
const GIVE_UP_MS = 4000;

function blockAtTop(): { sheet: HTMLElement; block: HTMLElement } | undefined {
  for (const block of document.querySelectorAll<HTMLElement>('.worksheet-blocks[data-hydrated] [data-block]')) {
    const { top, bottom } = block.getBoundingClientRect();
    if (bottom > 0 && top < innerHeight) {
      const sheet = block.closest<HTMLElement>('.worksheet-blocks');
      return sheet ? { sheet, block } : undefined;
    }
  }
  return undefined;
}

function keepPlace(): void {
  // While the place is being restored, the page is not where the learner left it yet.
  if (document.documentElement.hasAttribute(RESTORING)) return;
  const found = blockAtTop();
  const place: Place | undefined = found && {
    worksheet: found.sheet.dataset['worksheet'] ?? '',
    block: found.block.dataset['block'] ?? '',
    offset: Math.round(found.block.getBoundingClientRect().top),
  };
  const kept = savedPlace();
  if (kept?.worksheet === place?.worksheet && kept?.block === place?.block && kept?.offset === place?.offset) return;
  const state: unknown = history.state;
  try {
    history.replaceState({ ...(state && typeof state === 'object' ? state : {}), [STATE_FIELD]: place }, '');
  } catch {
    return; // Safari refuses state changes past a rate limit: the place kept last stands
  }
  // Where a block is kept, this page puts the learner back itself: the browser's guess would
  // land elsewhere first. Elsewhere the browser's own restoration is right.
  history.scrollRestoration = place ? 'manual' : 'auto';
}

function savedPlace(): Place | undefined {
  const place = (history.state as Record<string, unknown> | null)?.[STATE_FIELD] as Partial<Place> | undefined;
  return place && typeof place.worksheet === 'string' && typeof place.block === 'string' && typeof place.offset === 'number' ? (place as Place) : undefined;
}

function findBlock(place: Place): HTMLElement | null {
  // A lesson's discussion questions are a second worksheet under the same id.
  return document.querySelector<HTMLElement>(`.worksheet-blocks[data-worksheet="${CSS.escape(place.worksheet)}"] [data-block="${CSS.escape(place.block)}"]`);
}

function putBack(place: Place): void {
  const block = findBlock(place);
  if (block) window.scrollTo(0, scrollY + block.getBoundingClientRect().top - place.offset);
}

function restore(place: Place): void {
  const island = findBlock(place)?.closest('astro-island');
  if (!island) {
    history.scrollRestoration = 'auto';
    return;
  }
  const root = document.documentElement;
  root.setAttribute(RESTORING, '');
  const finish = () => {
    observer.disconnect();
    clearTimeout(giveUp);
    putBack(place);
    root.removeAttribute(RESTORING);
  };
  // The block as served is put where it was, so its worksheet is on screen and wakes.
  putBack(place);
  // Shown once the answers are drawn: the commit that marks the worksheet hydrated, then a frame
  // for what its effects add (a choice's note, the completion bar).
  const afterNextFrame = () => requestAnimationFrame(() => requestAnimationFrame(finish));
  const observer = new MutationObserver(() => {
    if (island.querySelector('.worksheet-blocks[data-hydrated]')) {
      observer.disconnect();
      afterNextFrame();
    }
  });
  observer.observe(island, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
  const giveUp = setTimeout(finish, GIVE_UP_MS);
  if (island.querySelector('.worksheet-blocks[data-hydrated]')) afterNextFrame();
}

/** The block a "Continue" link names (`#continue=<block>`), in this lesson's worksheet, a little below the header. */
function continuePlace(): Place | undefined {
  // Block ids are plain (lowercase letters, digits, hyphens): nothing to decode.
  const block = /^#continue=([\w-]+)$/.exec(location.hash)?.[1];
  const worksheet = document.body.dataset['lesson'];
  return block && worksheet ? { worksheet, block, offset: 16 } : undefined;
}

const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
const place = savedPlace();
const continued = continuePlace();
if (place && (navigation?.type === 'reload' || navigation?.type === 'back_forward')) restore(place);
else if (continued) {
  history.scrollRestoration = 'manual';
  restore(continued);
} else history.scrollRestoration = 'auto';

let settle: ReturnType<typeof setTimeout> | undefined;
const SETTLE_MS = 200;
if ('onscrollend' in window) addEventListener('scrollend', keepPlace);
else
  addEventListener(
    'scroll',
    () => {
      clearTimeout(settle);
      settle = setTimeout(keepPlace, SETTLE_MS);
    },
    { passive: true },
  );
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') keepPlace();
});
