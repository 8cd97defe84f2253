/**
 * No layout shift on the pages the browser fills in after first paint (status badges, the
 * portfolio, search results, a worksheet's saved answers), with nothing saved and with a full
 * portfolio, at phone width, where the least fits on screen. Chromium's Layout Instability API
 * reports every shift; one the learner did not cause by input fails the test, with the element
 * that moved.
 */
import { expect, test, type Page } from '@playwright/test';
import { fullPortfolio } from '../../scripts/lib/full-portfolio.mjs';
import { worksheetReady } from './site';

interface Shift {
  value: number;
  moved: string[];
}

/**
 * What each page shows once its script has filled it in: the test reads the shifts after that.
 * `worksheet`: the page's worksheet is scrolled into view at once and hydrated. With a full
 * portfolio a worksheet jumped to before it wakes still grows as its answers appear (only the
 * browser knows them), so those pages are checked with nothing saved here; the reload, the
 * common way to land mid-worksheet, is handled by keep-place.ts and tested at the end.
 */
const pages: { path: string; worksheet?: true; filled: (page: Page, full: boolean) => Promise<void> }[] = [
  // A returning learner's "Continue: …" takes the place of "Start with the overview", after first paint.
  { path: '/', filled: (page, full) => expect(page.locator('[data-continue] a')).toHaveText(full ? /^Continue: / : /^Start with the overview/) },
  {
    path: '/course/',
    filled: async (page, full) => {
      await expect(page.locator('[data-progress]').first()).not.toBeEmpty();
      await expect(page.locator('[data-continue] a')).toHaveText(full ? /^Continue: / : /^Start with the overview/);
    },
  },
  { path: '/workbook/', filled: (page) => expect(page.locator('[data-progress]').first()).not.toBeEmpty() },
  { path: '/about/', filled: (page) => expect(page.locator('[data-theme-toggle]').first()).toHaveAttribute('data-current', /\w/) },
  {
    path: '/workbook/portfolio/',
    filled: async (page, full) => {
      if (full) await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
      else await expect(page.locator('[data-portfolio-status]')).toContainText('not answered anything yet');
    },
  },
  { path: '/search/?q=trust', filled: (page) => expect(page.getByRole('status')).toContainText(/\d+ results? for “trust”/) },
  { path: '/activities/leadership-work/', worksheet: true, filled: (page) => worksheetReady(page) },
  { path: '/activities/interactions/', worksheet: true, filled: (page) => worksheetReady(page) },
  { path: '/activities/stakeholder-charts/', worksheet: true, filled: (page) => worksheetReady(page) },
];

async function shiftsWhileFilling(page: Page, path: string, filled: (page: Page) => Promise<void>): Promise<Shift[]> {
  await page.goto(path);
  await filled(page);
  // Two frames after the last change, so a shift it caused has been reported.
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const shifts: Shift[] = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
                if (entry.hadRecentInput) continue;
                const moved = entry.sources.map(({ node }) =>
                  node instanceof Element
                    ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
                    : String(node?.nodeName),
                );
                shifts.push({ value: entry.value, moved });
              }
            }).observe({ type: 'layout-shift', buffered: true });
            // Buffered entries are delivered in a task of their own.
            setTimeout(() => resolve(shifts), 0);
          }),
        );
      }),
  );
}

test.use({ viewport: { width: 412, height: 823 } });

for (const full of [false, true]) {
  test(`pages filled in by the browser do not shift, with ${full ? 'a full portfolio' : 'nothing'} saved`, async ({ page }) => {
    if (full) {
      await page.goto('/about/');
      await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), fullPortfolio() as Record<string, string>);
    }
    for (const { path, filled } of pages.filter((p) => !(full && p.worksheet))) {
      expect.soft(await shiftsWhileFilling(page, path, (p) => filled(p, full)), `layout shifts on ${path}`).toEqual([]);
    }
  });
}

test('a reload returns the learner to the block they were on in a filled-in worksheet, and nothing shifts as the answers appear', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/about/');
  await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), fullPortfolio() as Record<string, string>);
  await page.goto('/activities/trust/');
  await worksheetReady(page);
  // The learner reads the third block, its top a little above the top of the screen.
  const block = page.locator('[data-block="stalled-change"]');
  await block.evaluate((el) => window.scrollTo({ top: scrollY + el.getBoundingClientRect().top + 40, behavior: 'instant' }));
  const top = async () => Math.round(await block.evaluate((el) => el.getBoundingClientRect().top));
  expect(await top()).toBe(-40);
  await expect.poll(() => page.evaluate(() => (history.state as { coursePlace?: { block: string } } | null)?.coursePlace?.block)).toBe('stalled-change');

  await page.reload();
  await expect(page.locator('.worksheet-blocks', { has: block })).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-restoring-place');
  expect(await top()).toBe(-40);
  await expect(block.getByRole('textbox')).toHaveValue(/trust improvement/);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);

  // A new visit (not a reload) starts at the top of the page.
  await page.goto('/course/');
  await page.goto('/activities/trust/');
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
