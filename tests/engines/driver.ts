/**
 * The small browser interface the engine journeys are written against. Two implementations:
 * Firefox ESR through puppeteer-core (WebDriver BiDi) and WebKitGTK through webdriverio
 * (WebDriver classic). Everything a journey checks is read from the page with `evaluate`, and
 * every input is a real key press or pointer click from the engine's own automation.
 */

export type Engine = 'firefox' | 'webkit';

/** One message the engine logged while a page was open. */
export interface ConsoleMessage {
  /** error, warning, log, info or debug */
  level: string;
  /** Where the engine says it came from (JS, SECURITY, NETWORK, console-api, http...). */
  source: string;
  text: string;
  location?: string | undefined;
}

/** What loading one page showed: its messages, or why it could not be checked at all. */
export interface PageReport {
  path: string;
  messages: ConsoleMessage[];
  /** Set when the page scrolls sideways once settled: by how much, and its widest element. */
  overflow?: string | null | undefined;
  /** Set when the page could not be checked (did not load, islands never hydrated...). */
  problem?: string | undefined;
}

export interface Viewport {
  width: number;
  height: number;
}
export const DESKTOP: Viewport = { width: 1280, height: 900 };

/** Keys a journey presses on their own (besides typing text). */
export type Key = 'ArrowRight' | 'ArrowLeft' | 'Enter' | 'Space' | 'Tab';

export interface Driver {
  readonly engine: Engine;
  /** Opens a site path ("/course/") and waits for the load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function in the page and returns its (JSON-serialisable) result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A real pointer click in the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Focuses the field, selects what is in it, and types `text` one key at a time. */
  type(selector: string, text: string): Promise<void>;
  /** Presses one key on whatever has focus. */
  press(key: Key): Promise<void>;
  /** Cuts the page off the network, or restores it; absent where the engine's driver cannot (WebKit's WebDriver). */
  setOffline?(offline: boolean): Promise<void>;
  /** Files the engine has finished downloading (full paths). */
  downloads(): Promise<string[]>;
  /**
   * Loads each path in a viewport of this size, lets every island hydrate and every request
   * finish, and reports what the engine logged and whether the page scrolls sideways. How the
   * console is watched differs: BiDi log events in Firefox; in WebKit the console shell
   * (webkit-console.py), as MiniBrowser passes no messages out and its window cannot be made
   * narrower than about 450 px.
   */
  loadPages(paths: string[], viewport: Viewport): Promise<PageReport[]>;
  /** Console errors seen in the journey's pages since the last call; null if the engine cannot tell. */
  takeConsoleErrors(): Promise<ConsoleMessage[] | null>;
  close(): Promise<void>;
}

/** What to end if the run is interrupted (Ctrl-C): servers and browser process groups it started. */
export const onInterrupt = new Set<() => void>();

/** A driver that could not start, with the fix a person needs (which package to install). */
export class DriverStartError extends Error {
  override name = 'DriverStartError';
}

/** The rule for every engine: an error, or anything about the Content Security Policy, fails. */
export function isProblem(m: ConsoleMessage): boolean {
  return m.level === 'error' || /content[- ]security[- ]policy/i.test(m.text);
}

/** Polls until `check` returns something truthy; fails with `what` and the last value. */
export async function poll<T>(what: string, check: () => Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : ` (last value: ${JSON.stringify(last)})`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/*
 * Page scripts shared by both engines (Firefox runs them through puppeteer, the WebKit console
 * shell receives their source): one home for what "settled" and "scrolls sideways" mean.
 */

/**
 * How many things on the page are still coming (-1 while the document loads): islands yet to
 * hydrate (Astro drops an island's "ssr" attribute once hydrated; this scrolls the next one into
 * view, as client:visible islands hydrate when seen; `client:stored` and `client:files` ones may rightly never wake), tools still loading (aria-busy), and the
 * search index still loading or warming. Leaving a page before they finish cuts off their
 * requests, and the engine logs errors for that which belong to no real fault.
 */
export function unsettled(): number {
  if (document.readyState !== 'complete') return -1;
  // `client:stored` islands wake only when something is saved (the course map's pathways),
  // `client:files` ones only when a hand-in file is chosen (the review page); one in a hidden
  // part of the page when it is shown (the board's send control, without a board link).
  const islands = [...document.querySelectorAll('astro-island[ssr]:not([client="stored"], [client="files"], [hidden] *)')];
  // Diagram tools load on the learner's first move (first-interaction.ts): make one, as a
  // learner arriving at the page would.
  if (document.querySelector('.tool-loading')) window.dispatchEvent(new Event('pointermove'));
  // An island waits to be seen (scroll to it) or, `client:interaction` (the workbook's tools),
  // to be reached for (a pointer over it).
  const next = islands[0];
  if (next?.getAttribute('client') === 'interaction') next.dispatchEvent(new Event('pointerover'));
  else next?.firstElementChild?.scrollIntoView({ block: 'center' });
  const busy = document.querySelectorAll('[aria-busy="true"], [data-search-state="loading"], [data-search-state="ready"]:not([data-search-offline])');
  return islands.length + busy.length;
}

/** Null if the page fits its viewport's width; else by how much it does not, and what sticks out. */
export function sidewaysOverflow(): string | null {
  const root = document.documentElement;
  const over = root.scrollWidth - root.clientWidth;
  if (over <= 0) return null;
  // What sticks out past the right edge, leaving out what a scrolling box (a wide table's
  // wrapper) already contains: those do not widen the page.
  const clipped = (e: Element) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
    return false;
  };
  const outside = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !clipped(e));
  const names = outside.slice(0, 3).map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}">`);
  return `${over} px wider than the ${root.clientWidth} px viewport (sticking out: ${names.join(', ') || 'nothing found'})`;
}

/** Waits until every island on the page has hydrated and nothing is still loading. */
export async function settle(driver: Driver, timeoutMs = 20_000): Promise<void> {
  await poll('every island on the page to hydrate and every tool to load', async () => (await driver.evaluate(unsettled)) === 0, timeoutMs);
}
