import { test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, worksheetReady } from './site';

// An axe sweep over every built page: light and dark at desktop width, and at phone width.
for (const path of builtPages()) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // wake islands
    await page.waitForTimeout(150);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page);
  });
}

// The same pages with work in them: every worksheet field filled, then the workbook and portfolio.
const filled = builtPages().filter((p) => /^\/(activities|sections|readings|scenarios)\//.test(p));
for (const path of filled) {
  test(`axe, filled: ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const fields = page.locator('main textarea:not([disabled])');
    await fields
      .first()
      .waitFor({ timeout: 3000 })
      .catch(() => undefined);
    // Enough fields to show every kind of filled state without typing into hundreds of cells.
    const n = Math.min(await fields.count(), 25);
    for (let i = 0; i < n; i++) await fields.nth(i).fill(`Answer ${i}`);
    const boxes = page.locator('main input[type=checkbox]:not([disabled])');
    for (let i = 0; i < Math.min(await boxes.count(), 8); i++) await boxes.nth(i).check();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
}

test('axe, filled: workbook and portfolio', async ({ page }) => {
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  const fields = page.locator('main textarea:not([disabled])');
  for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(`Answer ${i}`);
  await page.waitForTimeout(400);
  for (const path of ['/workbook/', '/workbook/portfolio/', '/course/']) {
    await page.goto(path);
    await page.waitForTimeout(200);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
  }
});
