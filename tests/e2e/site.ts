/** Shared helpers for the browser tests, which run against the built site in dist/. */
import { expect, type Locator, type Page } from '@playwright/test';
import axe from 'axe-core';
import { builtPages as pagesOf } from '../built-pages.ts';

/** Every page of the built site, as URL paths ("/", "/course/", ...). */
export function builtPages(dir = process.env['OUT_DIR'] ?? 'dist'): string[] {
  return pagesOf(dir);
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The axe rules that depend on colour: all a dark-mode pass needs to check again. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Fails with the list of violations, so a failure says what to fix. `only` runs just those
 * rules, `skip` all but those, `also` adds rules outside the usual tags: a second run of a page in another state can check only what
 * that state changes (colours in dark mode, layout at phone width) instead of everything again.
 *
 * axe is put into each document once and run there. (@axe-core/playwright put its half-megabyte
 * source in again on every run and finished each run in a new blank page: about a second a run
 * before any rule, most of the accessibility sweep's time.)
 */
export async function expectNoAxeViolations(page: Page, rules: { only?: string[]; skip?: string[]; also?: string[] } = {}): Promise<void> {
  for (const frame of page.frames()) {
    // A frame that cannot be reached (an error page for a blocked video) is one axe reports on.
    const present = await frame.evaluate(() => 'axe' in window).catch(() => null);
    if (present === false) await frame.evaluate(axe.source);
  }
  const options: axe.RunOptions = {
    resultTypes: ['violations'],
    runOnly: rules.only ? { type: 'rule', values: rules.only } : { type: 'tag', values: axeTags },
    rules: Object.fromEntries([...(rules.skip ?? []).map((id) => [id, { enabled: false }]), ...(rules.also ?? []).map((id) => [id, { enabled: true }])]),
  };
  const violations = await page.evaluate((o) => (window as unknown as { axe: typeof axe }).axe.run(document, o).then((r) => r.violations), options);
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Wait until the first worksheet on the page has hydrated and shows saved answers (its fields
 * work before that), and every diagram tool has loaded. The tools load on the learner's first
 * move (Deferred.tsx), so this moves the pointer as a learner arriving at the worksheet would.
 */
export async function worksheetReady(page: Page): Promise<void> {
  await page.locator('.worksheet-blocks').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.worksheet-blocks').first()).toHaveAttribute('data-hydrated', 'true');
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await expect(page.locator('.worksheet-blocks .tool-loading')).toHaveCount(0);
}

/**
 * Bring a field into view and wait until the island holding it shows its saved answers (its
 * wrapper's `data-hydrated`). The field takes typing before that, but what is typed then is
 * saved only at hydration: a test that types and at once reloads, or closes an LMS frame,
 * waits here first. (Fields are enabled from first paint, so `toBeEnabled` waits for nothing.)
 */
export async function fieldReady(field: Locator): Promise<void> {
  await field.scrollIntoViewIfNeeded();
  await expect(field.locator('xpath=ancestor::*[@data-hydrated][1]'), 'the island around the field to hydrate').toHaveAttribute('data-hydrated', 'true');
}

/** Fail the test on any dialog: user text must never run as code. */
export function failOnDialog(page: Page): void {
  page.on('dialog', async (d) => {
    await d.dismiss();
    throw new Error(`Unexpected dialog: ${d.message()}`);
  });
}

/**
 * Wait until every text is in the saved answers (localStorage), i.e. the save pause is over and
 * the write landed: polls what the test waits for instead of sleeping for the debounce.
 */
export async function expectSaved(page: Page, ...texts: string[]): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((wanted) => {
          const strings: string[] = [];
          const collect = (v: unknown): void => {
            if (typeof v === 'string') strings.push(v);
            else if (v && typeof v === 'object') Object.values(v).forEach(collect);
          };
          for (let i = 0; i < localStorage.length; i++) {
            const key = localStorage.key(i) ?? '';
            if (!key.startsWith('course:v1:answers:')) continue;
            try {
              collect(JSON.parse(localStorage.getItem(key) ?? 'null'));
            } catch {
              // not JSON: not an answer this helper can read
            }
          }
          return wanted.filter((w) => !strings.some((s) => s.includes(w)));
        }, texts),
      { message: 'answers still waiting to be saved' },
    )
    .toEqual([]);
}

/**
 * Islands that should hydrate once seen. `client:stored` islands wake only when something is
 * saved (the course map's pathways), `client:files` ones only when a file is chosen (review);
 * `client:interaction` ones (the workbook's tools) are woken below. An island inside a hidden
 * part of the page waits for it to be shown (the board's send control, without a board link).
 */
const waiting = 'astro-island[ssr]:not([client="stored"], [client="files"], [hidden] *)';

/**
 * Wake every island a reader would meet: show the whole page at once in a viewport as tall as
 * the page (each client:visible island wakes as it comes into view; one resize instead of a
 * scroll step per screen), again while waking grows the page, and wait until every island has
 * hydrated (Astro drops the `ssr` attribute). Then the reader's viewport comes back, scrolled
 * to the end as a reader's would be, and the pointer moves so the diagram tools load
 * (Deferred.tsx).
 */
export async function wakeIslands(page: Page): Promise<void> {
  // `client:interaction` islands wake when a pointer reaches them, as a reader's would;
  // `client:visible` ones when scrolled to (a page whose height follows the viewport's can keep
  // one below even the tallest viewport).
  for (const island of await page.locator('astro-island[client="interaction"][ssr]').all()) await island.dispatchEvent('pointerover');
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island[client="visible"][ssr]')) {
      island.firstElementChild?.scrollIntoView();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
  });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  // A few rounds at most: a page with a full-height part grows with the viewport, for ever.
  for (let shown = size.height, round = 0; round < 4; round++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height <= shown) break;
    shown = height;
    await page.setViewportSize({ width: size.width, height });
    await expect(page.locator(waiting), 'islands still waiting to hydrate').toHaveCount(0);
  }
  await expect(page.locator(waiting), 'islands still waiting to hydrate').toHaveCount(0);
  await page.setViewportSize(size);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await expect(page.locator('.tool-loading'), 'diagram tools still loading').toHaveCount(0);
  // An island is hydrated before its saved answers are on screen (a deferred render, which also
  // enables the "Mark as done" box): every worksheet marks that moment with data-hydrated.
  await expect(page.locator('.worksheet-blocks:not([data-hydrated])'), 'worksheets still waiting for saved answers').toHaveCount(0);
}

/**
 * An island that wakes on use, on a slow phone: opens `path`, records requests for the island's
 * code (and the framework's), checks none was made at load, and holds the island's code back
 * until `release()`, so a test can act on the page first.
 * The test must block service workers (`test.use({ serviceWorkers: 'block' })`): once the
 * course's worker has cached the code it serves it past `page.route`, and the island wakes early.
 */
export async function holdIsland(page: Page, component: string, path: string): Promise<{ requested: string[]; release: () => void }> {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (new RegExp(`/_astro/(client|${component})\\.[\\w-]+\\.js$`).test(r.url())) requested.push(r.url());
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  // An island that wakes as the page loads asks for its code while the page's scripts run, so
  // by the load event and an idle moment after it the request has been made. (Waiting for the
  // network to go quiet instead hung a CI run for 90 s with nothing to say why.)
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 2000 })));
  expect(requested, 'framework code loaded before the page was used').toEqual([]);
  return { requested, release };
}

/**
 * What a phone user must be able to do in `scope`: read it without scrolling sideways, hit
 * every control (24 px each way at least, WCAG 2.5.8; a tick box or radio counts with its
 * label, which toggles it too; a link inside a sentence is exempt), and hit only that control
 * (no two overlap). Fails naming the controls at fault.
 */
export async function expectFitsPhone(page: Page, scope: string): Promise<void> {
  const found = await page.evaluate((within) => {
    const controls = [...document.querySelectorAll<HTMLElement>(`${within} :is(a[href], button, input, select, textarea)`)].filter(
      (e) => e.checkVisibility() && e.getBoundingClientRect().width > 0,
    );
    const box = (e: HTMLElement) => {
      const label = e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio') ? e.labels?.[0] : undefined;
      return (label ?? e).getBoundingClientRect();
    };
    const name = (e: HTMLElement) =>
      `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? e.textContent ?? '').trim().slice(0, 50)}"`;
    const small = controls
      .filter((e) => !(e.tagName === 'A' && e.closest('p')))
      .filter((e) => box(e).width < 24 || box(e).height < 24)
      .map((e) => `${name(e)} is ${Math.round(box(e).width)}×${Math.round(box(e).height)}`);
    const overlapping: string[] = [];
    controls.forEach((a, i) =>
      controls.slice(i + 1).forEach((b) => {
        const [p, q] = [box(a), box(b)];
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) overlapping.push(`${name(a)} overlaps ${name(b)}`);
      }),
    );
    return { scrollWidth: document.documentElement.scrollWidth, width: innerWidth, small, overlapping, count: controls.length };
  }, scope);
  expect(found.count, `controls in ${scope}`).toBeGreaterThan(0);
  expect(found.scrollWidth, 'page width: nothing may push the page sideways').toBeLessThanOrEqual(found.width);
  expect(found.small, 'controls smaller than 24 px').toEqual([]);
  expect(found.overlapping, 'controls that overlap').toEqual([]);
}

/**
 * Tab from the first control in `scope` until focus leaves it, as a keyboard user at full speed:
 * every stop shows a focus outline (a date or time field's own calendar or clock button too) and
 * focus gets out (nothing traps it). Returns each stop's accessible name, in order.
 */
export async function tabThrough(page: Page, scope: string, maxStops = 200): Promise<string[]> {
  await page.locator(scope).locator(':is(a[href], button:enabled, input, select, textarea)').first().focus();
  const stops: string[] = [];
  for (let n = 0; n < maxStops; n++) {
    const stop = await page.evaluate((within) => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || !e.closest(within)) return null;
      const style = getComputedStyle(e);
      const name = (e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? e.textContent ?? '').trim();
      return { name, outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) };
    }, scope);
    if (!stop) return stops;
    expect(stop.outline, `focus outline on stop ${n + 1}, "${stop.name}"`).toBeGreaterThanOrEqual(2);
    stops.push(stop.name);
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus stayed in ${scope} for ${maxStops} Tab presses: ${stops.slice(-5).join(' | ')}`);
}

/** The number of pages in a PDF from page.pdf() (Chromium writes one "/Type /Page" object per page). */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
