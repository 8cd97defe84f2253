import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { builtPages, colourRules, expectNoAxeViolations, expectSaved, wakeIslands, worksheetReady } from './site';

// One visit to every built page: no request to another origin and no CSP refusal while it
// loads and is used, and an axe check once per state: light
// at desktop width; on worksheet, lesson and lab pages, again with every field filled; then
// dark (colour rules); then light at phone width (all but colour rules). Every island is woken
// first (scrolled into view, tools loaded), so axe sees what a reader sees.

// One browser context per worker, reused by its tests (a new page each, storage cleared), so
// the sweep does not pay for a fresh context on each of its many pages.
const test = base.extend<{ sweepPage: Page }, { sweepContext: BrowserContext }>({
  sweepContext: [
    async ({ browser }, provide, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      await provide(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  sweepPage: async ({ sweepContext }, provide) => {
    const page = await sweepContext.newPage();
    // Start from empty storage: the previous test on this worker may have typed answers.
    await page.goto('/favicon.svg');
    await page.evaluate(() => localStorage.clear());
    await provide(page);
    await page.close();
  },
});

const withFields = /^\/(activities|sections|readings|scenarios)\//;

/**
 * Fills every field in the page's main content, inside the page: one round trip a round instead
 * of several a field (a long worksheet has 200 fields; filling them one Playwright call at a time
 * took two minutes). Values go in through the elements' own value setters and the events a
 * browser fires when a reader types, clicks or picks, so the islands see ordinary input.
 * Text and choices first, menus last: a menu may switch a view (a chart shown as cards), which
 * would hide the fields it replaces before they were filled. Filling can add fields (a list grows
 * a row): each round fills what the last one added, until a round adds nothing.
 * Returns how many fields were filled, and which could not be.
 */
async function fillEverything(page: Page): Promise<{ filled: number; unfillable: string[] }> {
  let filled = 0;
  const unfillable: string[] = [];
  for (const selector of ['main :is(textarea, input)', 'main select']) {
    for (;;) {
      const round = await page.evaluate(
        ({ selector, from }) => {
          const w = window as typeof window & { filledByTest?: WeakSet<Element> };
          const done = (w.filledByTest ??= new WeakSet());
          const setValue = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
            // The prototype's setter, as typing does: React ignores a value set on the element itself.
            Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!.call(el, value);
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
          };
          let count = 0;
          const refused: string[] = [];
          for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)) {
            if (done.has(el)) continue;
            done.add(el);
            const type = el instanceof HTMLInputElement ? el.type.toLowerCase() : '';
            if (type === 'hidden' || type === 'file') continue; // nothing a reader types (import is not on these pages)
            // Inside a closed disclosure (a lab path, a "more" panel): open it as a reader would.
            for (let d = el.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])') ?? null)
              (d as HTMLDetailsElement).open = true;
            const name = `${el.tagName.toLowerCase()}#${el.id || '?'} (${el.getAttribute('aria-label') ?? el.getAttribute('name') ?? ''})`;
            if (el.disabled || ('readOnly' in el && el.readOnly) || !el.checkVisibility()) {
              refused.push(name);
              continue;
            }
            count++;
            if (el instanceof HTMLSelectElement) {
              if (el.options.length < 1) refused.push(name);
              else setValue(el, el.options[el.options.length - 1]!.value);
            } else if (type === 'checkbox' || type === 'radio') {
              // A click, as a reader's (some tools draw the label over a visually hidden box).
              if (!(el as HTMLInputElement).checked) el.click();
            } else if (type === 'number' || type === 'range') {
              const input = el as HTMLInputElement;
              const lo = input.min === '' ? 0 : Number(input.min);
              const hi = input.max === '' ? lo + 10 : Number(input.max);
              setValue(el, String(Math.round((lo + hi) / 2)));
            } else if (type === 'date') setValue(el, '2027-03-01');
            else setValue(el, `Answer ${from + count}`);
          }
          return { count, refused };
        },
        { selector, from: filled },
      );
      filled += round.count;
      unfillable.push(...round.refused);
      if (round.count === 0 && round.refused.length === 0) break;
      if (filled > 2000) throw new Error('More than 2000 fields: the page keeps adding them');
      // Let the islands render what this round added (a new row, an opened panel).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
  }
  return { filled, unfillable };
}

for (const path of builtPages()) {
  test(`axe and CSP: ${path}`, async ({ sweepPage: page, baseURL }) => {
    // Up to four axe runs and every field of a long worksheet typed into: more than the default
    // (on this 2-core machine shared with other work, a long worksheet took 4 minutes).
    test.setTimeout(withFields.test(path) ? 480_000 : 180_000);
    // The same visit checks the page asks nothing of another origin and the CSP refuses nothing.
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
    await wakeIslands(page);
    await expectNoAxeViolations(page);
    if (withFields.test(path)) {
      const { filled, unfillable } = await fillEverything(page);
      test.info().annotations.push({ type: 'fields filled', description: String(filled) });
      console.log(`${path}: filled ${filled} fields${unfillable.length ? `, could not fill ${unfillable.length}` : ''}`);
      expect(unfillable, `fields on ${path} that could not be filled`).toEqual([]);
      if (filled > 0) await expectNoAxeViolations(page);
    } else {
      // Other pages with a text field (the pathway builder, the session planner): use it once.
      const field = page.locator('main textarea:not([disabled])').first();
      if (await field.count()) await field.fill('typed');
    }
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(refused, 'CSP refusals').toEqual([]);
    // Dark mode changes only colours; phone width changes layout, not colours. Colour contrast is
    // axe's slowest rule, so each later state checks what it changes.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { only: colourRules });
    // At phone width, also WCAG 2.2's target size: a tap must not land on the wrong control.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page, { skip: colourRules, also: ['target-size'] });
  });
}

test('axe, filled: workbook and portfolio', async ({ sweepPage: page }) => {
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  const fields = page.locator('main textarea:not([disabled])');
  const n = await fields.count();
  for (let i = 0; i < n; i++) await fields.nth(i).fill(`Workbook answer ${i}`);
  await expectSaved(page, ...Array.from({ length: n }, (_, i) => `Workbook answer ${i}`));
  for (const path of ['/workbook/', '/workbook/portfolio/', '/course/']) {
    await page.goto(path);
    await wakeIslands(page);
    // The portfolio shows the answers; the workbook shows the activity as done.
    if (path === '/workbook/portfolio/') await expect(page.locator('main')).toContainText('Workbook answer 0');
    if (path === '/workbook/') await expect(page.locator('[data-lesson-row="activity/culture-of-learning"]')).toContainText('Done');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
  }
});
