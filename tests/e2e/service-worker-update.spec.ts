import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A learner who visited once has the course cached by the service worker. When the provider
// publishes a new build, the next visit must install it: the new worker takes over, caches the
// new pages (so offline they see the new build, not the old), and drops the old cache.
// The "new build" is the current one with another version in sw.js and a marked page, served
// through the browser context's routes (which also answer the service worker's own requests).

const dist = process.env['OUT_DIR'] ?? 'dist';

test('a new build is installed on the next visit, and then served offline', async ({ page, context }) => {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const oldVersion = /const VERSION = "([^"]+)"/.exec(sw)?.[1];
  expect(oldVersion, 'sw.js carries its build version').toBeTruthy();

  // First visit: the current build's worker installs and controls the page.
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`course-${oldVersion}`]);

  // The provider publishes a new build: a new worker version, and a changed glossary page.
  const newVersion = 'next-build';
  await context.route('**/sw.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: sw.replace(`const VERSION = "${oldVersion}"`, `const VERSION = "${newVersion}"`) }),
  );
  await context.route('**/glossary/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<h1([^>]*)>/, '<h1$1>New build: ');
    await route.fulfill({ response, body: html });
  });

  // Next visit: the browser checks sw.js on navigation, installs the new worker, which takes over.
  await page.goto('/about/');
  await expect
    .poll(() => page.evaluate(() => caches.keys()), { message: 'the new worker replaces the old cache', timeout: 30_000 })
    .toEqual([`course-${newVersion}`]);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  // Offline, a page the learner never opened in the new build comes from the new build's cache.
  await context.setOffline(true);
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('New build: ');
  await context.setOffline(false);
});
