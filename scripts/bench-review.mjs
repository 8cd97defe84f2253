// The review page taking in a cohort (issue 27.2): 30 hand-ins of the whole course, every
// worksheet filled, one of them padded to just under the 5 MB file limit with stakeholder
// charts at their bounds. All are chosen at once in the file field; the longest main-thread
// task is read from a PerformanceObserver ('longtask') until the completion table has every
// learner and the side-by-side view has drawn. The target is no task over 200 ms (the page
// reads one step of one file per task); over it, the script exits non-zero.
// Usage: npx node scripts/bench-review.mjs [--dir=dist] [--cpu=N]   (after `astro build`).
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../tests/browser.ts';
import { source } from '../tests/source.ts';
import { fullPortfolio } from './lib/full-portfolio.mjs';
import { serveStatic } from './lib/static-server.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const cpu = Number(option('cpu') ?? 1);
const dir = option('dir') ?? process.env.OUT_DIR ?? 'dist';
const LIMIT_MS = 200;
const LEARNERS = 30;

const { makeHandIn } = await source('src/lib/handin.ts');
const { encodePathway } = await source('src/lib/pathway.ts');
const { MAX_FILE_BYTES } = await source('src/lib/portfolio.ts');

const pathway = { title: 'Whole course', items: readdirSync('content/activities').map((f) => ({ key: `activity/${f.replace(/\.mdx$/, '')}` })) };
const code = encodePathway(pathway);
const answers = Object.fromEntries(Object.entries(fullPortfolio()).map(([k, v]) => [k.replace('course:v1:answers:', ''), JSON.parse(v)]));
const handIn = async (name, extra = {}) =>
  Buffer.from(
    JSON.stringify(
      await makeHandIn({ answers: { ...answers, ...extra }, progress: {} }, { pathwayCode: code, pathway, learnerName: name, siteVersion: 'bench' }),
    ),
  );

// The largest hand-in a learner could make within the bounds and the file limit: the own
// challenges chart with 50 charts of six stakeholders, each cell as long as fits.
const base = (await handIn('Learner 1')).length;
const cellChars = Math.floor((MAX_FILE_BYTES - base - 200_000) / (50 * 6 * 5));
const word = 'distributed leadership ';
const cell = word.repeat(Math.ceil(cellChars / word.length)).slice(0, cellChars);
const chart = (c) => ({
  id: `c${c}`,
  title: `Challenge ${c}`,
  challenge: cell,
  rows: Array.from({ length: 6 }, (_, n) => ({
    id: `s${n}`,
    name: `Stakeholder ${n}`,
    cells: Object.fromEntries(['relationship', 'outcome', 'values', 'loyalties', 'losses'].map((k) => [k, cell])),
    losses: [],
  })),
});
const ownChart = Object.keys(answers).find((k) => k.startsWith('activity/stakeholder-charts/') && answers[k].v.charts?.length > 1);
const big = await handIn('Learner 30 (large)', { [ownChart]: { v: { charts: Array.from({ length: 50 }, (_, c) => chart(c)) }, at: Date.now() } });
if (big.length > MAX_FILE_BYTES) throw new Error(`The large hand-in is ${big.length} bytes, over the limit.`);
const files = [];
for (let n = 1; n < LEARNERS; n++) files.push({ name: `learner-${n}.json`, mimeType: 'application/json', buffer: await handIn(`Learner ${n}`) });
files.push({ name: 'learner-30-large.json', mimeType: 'application/json', buffer: big });

const folder = mkdtempSync(join(tmpdir(), 'bench-review-'));
for (const f of files) writeFileSync(join(folder, f.name), f.buffer);

const executablePath = findChromium({ shell: false });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
const server = await serveStatic(dir);
let longest;
let seconds;
try {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${server.origin}/providers/review/`);
  await page.evaluate(() => (window.__longtasks.length = 0));
  const started = Date.now();
  // From files on disk, as a provider chooses them: handed over as buffers, Playwright would
  // decode them inside the page, a long task that is the harness's, not the page's.
  await page.getByLabel(/Choose hand-in files/).setInputFiles(files.map((f) => join(folder, f.name)));
  await page
    .locator('[data-completion-table] tbody tr')
    .nth(files.length - 1)
    .waitFor({ timeout: 120_000 });
  await page.locator('[data-review-block]').first().waitFor();
  seconds = (Date.now() - started) / 1000;
  // Quiet for a moment: renders after the last file finish.
  await page.waitForTimeout(1000);
  longest = Math.round(Math.max(0, ...(await page.evaluate(() => window.__longtasks))));
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
console.log(
  `Review page taking in ${LEARNERS} hand-ins (${(files.reduce((n, f) => n + f.buffer.length, 0) / 1024 / 1024).toFixed(1)} MB, the largest ${(big.length / 1024 / 1024).toFixed(2)} MB)${cpu > 1 ? ` (CPU slowed ${cpu}×)` : ''}: all shown in ${seconds.toFixed(1)} s; longest task ${longest} ms (target: none over ${LIMIT_MS} ms).`,
);
if (longest > LIMIT_MS) process.exitCode = 1;
