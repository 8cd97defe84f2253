import { test } from '@playwright/test';
import { builtPages, expectNoAxeViolations } from './site';

// An axe sweep over every built page, in light and dark.
for (const path of builtPages()) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
}
