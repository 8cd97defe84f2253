import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

// A learner who visited once has the course cached by the service worker. When the provider
// publishes a new build, the next visit must install it: the new worker fetches only the files
// that changed (each precached file has a revision), takes over, and serves the new pages offline.
// The test serves its own copy of the build, then "publishes" a new one over it on disk: the
// same files with a changed glossary page, its new revision and another worker version.

const dist = process.env['OUT_DIR'] ?? 'dist';

/** The precache list written into sw.js: [url, revision or null]. */
function manifestOf(sw: string): [string, string | null][] {
  const literal = /const PRECACHE = JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(sw)?.[1];
  if (!literal) throw new Error('sw.js carries no precache list');
  return JSON.parse(JSON.parse(literal) as string) as [string, string | null][];
}

test('a new build fetches only the files it changed, takes over on the next visit, and is served offline', async ({ page, context }) => {
  const site = mkdtempSync(join(tmpdir(), 'sw-update-'));
  cpSync(dist, site, { recursive: true });
  const server = await serveStatic(site, process.env['BASE_PATH'] ?? '/');
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const at = (path: string) => `${server.origin}${base}${path}`;
  const precacheKeys = () => page.evaluate(async () => (await (await caches.open('course-precache')).keys()).map((r) => r.url));
  try {
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const oldVersion = /const VERSION = "([^"]+)"/.exec(sw)?.[1];
    expect(oldVersion, 'sw.js carries its build version').toBeTruthy();
    const manifest = manifestOf(sw);
    const glossaryEntry = manifest.find(([url]) => url === `${base}glossary/`);
    expect(glossaryEntry?.[1], 'the glossary page has a revision').toMatch(/^[0-9a-f]{12}$/);
    expect(
      manifest.filter(([url]) => url.includes('/_astro/')).every(([, revision]) => revision === null),
      'hashed files need no revision',
    ).toBe(true);

    // First visit: the current build's worker installs every file and controls the page.
    await page.goto(at(''));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    expect(await precacheKeys()).toHaveLength(manifest.length);

    // The provider publishes a new build: one page changed, so one revision.
    const newVersion = 'next-build';
    const newRevision = 'feedfacefeed';
    writeFileSync(
      join(site, 'sw.js'),
      sw
        .replace(`const VERSION = "${oldVersion}"`, `const VERSION = "${newVersion}"`)
        .replace(JSON.stringify(JSON.stringify(glossaryEntry)).slice(1, -1), JSON.stringify(JSON.stringify([glossaryEntry![0], newRevision])).slice(1, -1)),
    );
    expect(manifestOf(readFileSync(join(site, 'sw.js'), 'utf8')).find(([url]) => url === `${base}glossary/`)?.[1]).toBe(newRevision);
    const glossary = join(site, 'glossary', 'index.html');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/<h1([^>]*)>/, '<h1$1>New build: '));
    const fetchedByWorker: string[] = [];
    context.on('request', (r) => {
      if (r.serviceWorker()) fetchedByWorker.push(new URL(r.url()).pathname);
    });

    // Next visit: the browser checks sw.js on navigation, installs the new worker, which takes over.
    await page.goto(at('about/'));
    await expect
      .poll(async () => (await precacheKeys()).filter((url) => url.includes('/glossary/')), {
        message: 'the new worker replaces the glossary page and drops the old copy',
        timeout: 30_000,
      })
      .toEqual([`${at('glossary/')}?__rev=${newRevision}`]);
    // Besides the page visited (network first) and the update check of sw.js: the changed page only.
    const downloaded = fetchedByWorker.filter((path) => path !== `${base}about/` && path !== `${base}sw.js`);
    expect(downloaded, 'what the new worker downloaded').toEqual([`${base}glossary/`]);
    expect(await precacheKeys()).toHaveLength(manifest.length);

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
