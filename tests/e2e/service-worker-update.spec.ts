import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

// A learner who visited once has the course cached by the service worker. When the provider
// publishes a new build, the next visit must install it: the new worker takes over, caches the
// new pages (so offline they see the new build, not the old), and drops the old cache.
// The test serves its own copy of the build, then "publishes" a new one over it on disk: the
// same files with another worker version and a changed glossary page.

const dist = process.env['OUT_DIR'] ?? 'dist';

test('a new build is installed on the next visit, and then served offline', async ({ page, context }) => {
  const site = mkdtempSync(join(tmpdir(), 'sw-update-'));
  cpSync(dist, site, { recursive: true });
  const server = await serveStatic(site, process.env['BASE_PATH'] ?? '/');
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const at = (path: string) => `${server.origin}${base}${path}`;
  try {
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const oldVersion = /const VERSION = "([^"]+)"/.exec(sw)?.[1];
    expect(oldVersion, 'sw.js carries its build version').toBeTruthy();

    // First visit: the current build's worker installs and controls the page.
    await page.goto(at(''));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`course-${oldVersion}`]);

    // The provider publishes a new build.
    const newVersion = 'next-build';
    writeFileSync(join(site, 'sw.js'), sw.replace(`const VERSION = "${oldVersion}"`, `const VERSION = "${newVersion}"`));
    const glossary = join(site, 'glossary', 'index.html');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/<h1([^>]*)>/, '<h1$1>New build: '));

    // Next visit: the browser checks sw.js on navigation, installs the new worker, which takes over.
    await page.goto(at('about/'));
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { message: 'the new worker replaces the old cache', timeout: 30_000 })
      .toEqual([`course-${newVersion}`]);

    // Offline, a page not opened since the new build comes from the new build's cache.
    await context.setOffline(true);
    await page.goto(at('glossary/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('New build: ');
    await context.setOffline(false);
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
