import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { builtPages, expectNoAxeViolations, expectSaved, wakeIslands, worksheetReady } from './site';

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
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Fills one form control with something valid for its kind; false if it cannot be filled. */
async function fillControl(field: Locator, i: number): Promise<boolean> {
  const timeout = 5000; // a field that does not take input in 5 s will not: fail fast, by name
  const { tag, type, disabled, readOnly, options, min, max } = await field.evaluate((el) => {
    const input = el as HTMLInputElement & HTMLSelectElement;
    return {
      tag: el.tagName.toLowerCase(),
      type: (input.type ?? '').toLowerCase(),
      disabled: input.disabled,
      readOnly: Boolean(input.readOnly),
      options: el.tagName === 'SELECT' ? input.options.length : 0,
      min: input.min,
      max: input.max,
    };
  });
  if (disabled || readOnly) return false;
  if (type === 'hidden' || type === 'file') return true; // nothing a reader types (import is not on these pages)
  if (!(await field.isVisible())) {
    // Inside a closed disclosure (a lab path, a "more" panel): open it as a reader would.
    const closed = field.locator('xpath=ancestor::details[not(@open)]');
    for (let n = await closed.count(); n > 0; n--)
      await closed
        .nth(n - 1)
        .locator(':scope > summary')
        .click({ timeout });
    if (!(await field.isVisible())) return false;
  }
  if (tag === 'select') {
    if (options < 1) return false;
    await field.selectOption({ index: options - 1 }, { timeout });
  } else if (type === 'checkbox' || type === 'radio') {
    // Click the label where there is one, as a reader does: some tools draw the label over a
    // visually hidden box.
    const id = await field.getAttribute('id');
    const label = id ? field.page().locator(`label[for="${id}"]`) : null;
    if (!(await field.isChecked()) && label && (await label.count()) === 1) await label.click({ timeout });
    await field.check({ timeout, force: true });
  } else if (type === 'number' || type === 'range') {
    const lo = min === '' ? 0 : Number(min);
    const hi = max === '' ? lo + 10 : Number(max);
    await field.fill(String(Math.round((lo + hi) / 2)), { timeout });
  } else if (type === 'date') {
    await field.fill('2027-03-01', { timeout });
  } else {
    await field.fill(`Answer ${i + 1}`, { timeout });
  }
  return true;
}

/**
 * Fills every field in the page's main content; returns how many, and which could not be
 * filled. Text and choices first, menus last: a menu may switch a view (a chart shown as
 * cards), which would hide the fields it replaces before they were filled.
 */
async function fillEverything(page: Page): Promise<{ filled: number; unfillable: string[] }> {
  let filled = 0;
  const unfillable: string[] = [];
  for (const selector of ['main :is(textarea, input)', 'main select']) {
    const fields = page.locator(selector);
    // Filling can add fields (a list grows a row); count again each round, and stop if it never ends.
    for (let i = 0; i < (await fields.count()); i++) {
      if (i >= 2000) throw new Error('More than 2000 fields: the page keeps adding them');
      const field = fields.nth(i);
      if (await fillControl(field, filled)) filled++;
      else
        unfillable.push(
          await field.evaluate((el) => `${el.tagName.toLowerCase()}#${el.id || '?'} (${el.getAttribute('aria-label') ?? el.getAttribute('name') ?? ''})`),
        );
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
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page, { skip: colourRules });
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
