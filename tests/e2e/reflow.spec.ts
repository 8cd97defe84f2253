import { expect, test, type Page } from '@playwright/test';
import { worksheetReady } from './site';

// WCAG 1.4.10 Reflow: at 320 CSS px a learner reads and fills a worksheet without scrolling sideways.
test.use({ viewport: { width: 320, height: 640 } });

const grids = [
  '/activities/trust/',
  '/activities/leadership-perspective/',
  '/activities/being-curious/',
  '/activities/listening-in-stereo/',
  '/activities/making-sense-of-emotion/',
  '/activities/power-differentials/',
];

/**
 * Elements of the worksheets that reach past the screen's edge, except inside a table or diagram
 * that must keep its two dimensions (1.4.10's exception): those scroll inside themselves and show it.
 */
const tooWide = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.worksheet *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5) && !el.closest('.content-table, .table-wrap:not(.grid-wrap), .map-scroll');
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} in ${el.parentElement?.tagName.toLowerCase()}.${el.parentElement?.getAttribute('class') ?? ''} (${Math.round(el.getBoundingClientRect().right)})`,
      )
      .slice(0, 5),
  );

for (const path of grids) {
  test(`${path}: its grid is one card per row at 320 px, nothing wider than the screen, no sideways scroll`, async ({ page }) => {
    await page.goto(path);
    await worksheetReady(page);
    const grid = page.locator('.grid-table').first();
    await grid.scrollIntoViewIfNeeded();
    // The row's name sits above its cells, each cell under its column's name.
    const row = grid.locator('tbody tr').first();
    const [head, cell] = await Promise.all([row.locator('th').boundingBox(), row.locator('td').first().boundingBox()]);
    expect(cell!.y).toBeGreaterThanOrEqual(head!.y + head!.height - 1);
    expect(await tooWide(page)).toEqual([]);
    for (const wrap of await page.locator('.grid-wrap').all()) expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Typing in a cell keeps it, and its column's name, on screen.
    const field = row.locator('td textarea').first();
    await field.fill('A note typed on a phone');
    const box = await field.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });
}

test('a lesson table that stays a table scrolls inside itself, and shows there is more to the side', async ({ page }) => {
  await page.goto('/sections/kinds-of-decisions/');
  const table = page.locator('.content-table').first();
  await table.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Its decision kinds side by side need more than 320 px.
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
  // The cue: a shadow drawn at the edge with more to see (a background that stays while the content scrolls).
  expect(await table.evaluate((el) => getComputedStyle(el).backgroundAttachment)).toContain('scroll');
  expect(await table.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
});
