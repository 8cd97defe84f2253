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
 * It also keeps the lesson's reading place for "Continue where you left off" on the home page
 * and the course map (scripts/resume.ts): the heading of the part the learner has scrolled to
 * (the last one in the top quarter of the screen; '' above the first), with the time they got
 * there, in the lesson's progress record (`place`), written when the tab is hidden or left. Only
 * the learner's own scrolling moves it, not this page putting them back, so landing on a block
 * and leaving does not make the heading above it newer than the answer. A "Continue" link
 * names a block (`#continue=<block>`, the answer was the latest) or a heading
 * (`#continue=<heading id>`): on a new visit this script lands there, the block as on a reload,
 * and gives it focus so the learner sees where they are. On a reload or back/forward the
 * browser's own restoration, or the place kept in the history entry, wins over the link.
 */
import { progressKey } from '../stores/keys';
import { readRaw, writeRaw } from '../stores/storage';

interface Place {
  worksheet: string;
  block: string;
  /** The block's top, from the top of the screen, in CSS pixels. */
  offset: number;
}

const STATE_FIELD = 'coursePlace';
/** Where a "Continue" link puts its block or heading: a little below the top of the screen (the site has no sticky header). */
const LANDING_OFFSET = 16;
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
  noteHeading(false);
}

/** Focus where a "Continue" link landed (a block by its heading, when it has one), marked so it shows (global.css). */
function showLanding(landing: HTMLElement): void {
  const el = landing.querySelector<HTMLElement>('h3.block-label') ?? landing;
  el.tabIndex = -1;
  el.dataset['continued'] = '';
  el.focus({ preventScroll: true });
}

function restore(place: Place, landed?: (block: HTMLElement) => void): void {
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
    const block = findBlock(place);
    if (landed && block) landed(block);
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

// The reading place: the lesson's own headings, not a worksheet block's label.
const HEADINGS = '#main :is(h2, h3)[id]:not(.worksheet-blocks *)';

/** The id of the heading the learner has scrolled to: the last in the top quarter of the screen ('' above the first). */
function headingAtTop(): string {
  let id = '';
  for (const heading of document.querySelectorAll<HTMLElement>(HEADINGS)) {
    const { top, height } = heading.getBoundingClientRect();
    if (top > innerHeight / 4) break;
    if (height) id = heading.id; // a hidden one (facilitator notes) has no height
  }
  return id;
}

const lesson = document.body.dataset['lesson'] ?? '';
/** The heading at the top when last looked, and the one the learner scrolled to since the last save. */
let seenHeading = headingAtTop();
let reached: { heading: string; at: number } | undefined;

/** Note the heading now at the top; `byLearner`: the learner scrolled there (this page's own moves are not reading). */
function noteHeading(byLearner: boolean): void {
  const heading = headingAtTop();
  if (heading === seenHeading) return;
  seenHeading = heading;
  if (byLearner) reached = { heading, at: Date.now() };
}

/** Write the reading place into the lesson's progress record, beside what is there. */
function saveReadingPlace(): void {
  const key = progressKey(lesson);
  try {
    const record: unknown = JSON.parse(readRaw(key) ?? '{}');
    // An unreadable record is left for the progress store, which sets it aside.
    if (reached && lesson && record?.constructor === Object) writeRaw(key, JSON.stringify({ ...record, place: reached }));
  } catch {
    // as above
  }
  reached = undefined;
}

const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
const returning = navigation?.type === 'reload' || navigation?.type === 'back_forward';
const place = savedPlace();
// A "Continue" link (`#continue=<block or heading id>`) is followed on a new visit only: on a
// reload or back/forward the learner returns to where they were since, as the browser or the
// kept block puts them.
let target = '';
try {
  if (!returning) target = decodeURIComponent(/^#continue=(.+)/.exec(location.hash)?.[1] ?? '');
} catch {
  // a mangled link: the lesson from its top
}
const targetBlock: Place = { worksheet: lesson, block: target, offset: LANDING_OFFSET };
const targetHeading = document.getElementById(target);
if (place && returning) restore(place);
else if (target && findBlock(targetBlock)) {
  history.scrollRestoration = 'manual';
  restore(targetBlock, showLanding);
} else {
  history.scrollRestoration = 'auto';
  if (targetHeading?.matches(HEADINGS)) {
    window.scrollTo(0, scrollY + targetHeading.getBoundingClientRect().top - LANDING_OFFSET);
    noteHeading(false);
    showLanding(targetHeading);
  }
}

function scrolled(): void {
  keepPlace();
  if (!document.documentElement.hasAttribute(RESTORING)) noteHeading(true);
}

let settle: ReturnType<typeof setTimeout> | undefined;
const SETTLE_MS = 200;
if ('onscrollend' in window) addEventListener('scrollend', scrolled);
else
  addEventListener(
    'scroll',
    () => {
      clearTimeout(settle);
      settle = setTimeout(scrolled, SETTLE_MS);
    },
    { passive: true },
  );
// Hidden covers leaving too (a storage write, unlike a history change, still lands then).
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'hidden') return;
  keepPlace();
  saveReadingPlace();
});
