// Search figures for the built site: the size of the Pagefind bundle, the time from opening
// search to a usable index, and the time from keystroke to results on screen over several
// queries, first cold (each query's index chunks and fragments fetched) then warm. Uses the
// system Chromium as the browser tests find it (tests/browser.ts) and serves the build from a
// small local server, so figures leave out network latency. Prints figures; fails nothing
// unless search does not work at all.
// Usage: node scripts/bench-search.mjs   (after a build; OUT_DIR and BASE_PATH as for the build)
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, findChromium } from '../tests/browser.ts';
import { serveStatic } from './lib/static-server.mjs';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const queries = [
  'Olivera',
  'noblest values',
  'putting out fires',
  'double loop',
  'cage-busting',
  'psychological safety',
  'Vroom',
  'non-discussables',
  'trust',
  'zzqxv',
];
const kB = (n) => (n / 1024).toFixed(1);

/** Bytes of the Pagefind bundle, by part. */
export function pagefindSize(dir = dist) {
  const root = join(dir, 'pagefind');
  const parts = { runtime: 0, index: 0, fragments: 0, filters: 0, meta: 0 };
  let files = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        walk(p);
        continue;
      }
      const size = statSync(p).size;
      files++;
      const rel = p
        .slice(root.length + 1)
        .split(sep)
        .join('/');
      if (rel.startsWith('index/')) parts.index += size;
      else if (rel.startsWith('fragment/')) parts.fragments += size;
      else if (rel.startsWith('filter/')) parts.filters += size;
      else if (/\.(js|pagefind)$/.test(rel)) parts.runtime += size;
      else parts.meta += size;
    }
  };
  if (existsSync(root)) walk(root);
  return { files, total: Object.values(parts).reduce((a, b) => a + b, 0), ...parts };
}

/** Types all but the last character, then times the last keystroke to results on screen. */
async function keystrokeToResults(page, query) {
  const input = page.locator('#search-dialog-q');
  await input.fill('');
  if (query.length > 1) {
    await input.fill(query.slice(0, -1));
    await page.waitForFunction(
      (q) => document.querySelector('#search-dialog [data-search-status]')?.textContent?.includes(`“${q}”`),
      query.slice(0, -1).trim(),
    );
  }
  await page.evaluate((q) => {
    const root = document.querySelector('#search-dialog');
    window.__searchDone = new Promise((done) => {
      root.addEventListener('search:results', function listen(e) {
        if (e.detail.query !== q) return;
        root.removeEventListener('search:results', listen);
        const at = performance.now();
        // Include the frame that paints the results.
        requestAnimationFrame(() => done({ ms: e.detail.ms + (performance.now() - at), count: e.detail.count }));
      });
    });
  }, query);
  await page.keyboard.press(query.slice(-1));
  return page.evaluate(() => window.__searchDone);
}

export async function benchSearch() {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`No search index in ${dist}/pagefind: build the site first.`);
  const size = pagefindSize();
  const server = await serveStatic(dist, base);
  const origin = server.origin;
  const executablePath = findChromium({ shell: false });
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}${base}sections/overview/`, { waitUntil: 'networkidle' });
    const t0 = Date.now();
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.querySelector('#search-dialog')?.dataset.searchState === 'ready');
    const openToReady = Date.now() - t0;

    const cold = [];
    for (const q of queries) cold.push(await keystrokeToResults(page, q));
    await page.waitForFunction(() => document.querySelector('#search-dialog')?.dataset.searchOffline === 'ready', null, { timeout: 30_000 });
    const warm = [];
    for (const q of queries) warm.push(await keystrokeToResults(page, q));

    const sorted = (xs) => xs.map((x) => x.ms).sort((a, b) => a - b);
    const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
    const max = (xs) => sorted(xs).at(-1);
    console.log('\nSearch (Pagefind)');
    console.log(
      `  Index: ${size.files} files, ${kB(size.total)} kB (runtime ${kB(size.runtime)} kB, word index ${kB(size.index)} kB, fragments ${kB(size.fragments)} kB, filters ${kB(size.filters)} kB, metadata ${kB(size.meta)} kB)`,
    );
    console.log(`  Open → ready (search code, runtime and metadata on first open): ${openToReady} ms`);
    console.log('  Keystroke → results on screen, ms (cold: first time / warm: index in memory):');
    const width = Math.max(...queries.map((q) => q.length));
    queries.forEach((q, i) =>
      console.log(`    ${q.padEnd(width)}  ${cold[i].ms.toFixed(1).padStart(6)} / ${warm[i].ms.toFixed(1).padStart(5)}   (${cold[i].count} results)`),
    );
    console.log(`  Median ${median(cold).toFixed(1)} / ${median(warm).toFixed(1)} ms; slowest ${max(cold).toFixed(1)} / ${max(warm).toFixed(1)} ms.`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchSearch();
