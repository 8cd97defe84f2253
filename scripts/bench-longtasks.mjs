// Long tasks while each activity page loads with a full portfolio saved (every worksheet
// filled, six stakeholder charts): the page is opened, scrolled to the end so every island
// wakes, and the longest main-thread task is read from a PerformanceObserver ('longtask',
// registered before the page's own scripts). The target is no task over 50 ms; a page over it
// makes the script exit non-zero.
// Usage: node scripts/bench-longtasks.mjs [--cpu=N] [--dir=dist] [--runs=N]   (after `astro build`);
// --cpu slows the CPU N times, as Lighthouse's mobile profile does (4). --dir=a,b measures two
// builds in turn, page by page, so both see the same load on a shared machine; --runs repeats
// that and prints the best and worst of each (the exit code follows the best of the first).
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/browser.ts';
import { fullPortfolio } from './lib/full-portfolio.mjs';
import { serveStatic } from './lib/static-server.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const cpu = Number(option('cpu') ?? 1);
const dirs = (option('dir') ?? process.env.OUT_DIR ?? 'dist').split(',');
const runs = Number(option('runs') ?? 1);
const LIMIT_MS = 50;

const executablePath = findChromium({ shell: false });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
/** Longest task per page and build, one entry per run. */
const longest = new Map();
/** The longest task on the first page of each build's fresh browser context. */
const cold = new Map();
const servers = [];
try {
  const portfolio = fullPortfolio();
  const pages = [];
  for (const dir of dirs) {
    const server = await serveStatic(dir);
    servers.push(server);
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), portfolio);
    const cdp = await context.newCDPSession(page);
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    pages.push({ dir, page, origin: server.origin });
  }
  const ids = readdirSync('content/activities').map((f) => f.replace(/\.mdx$/, ''));
  // The first page a fresh browser opens pays for starting its page process and compiling
  // React without a code cache (a 70-100 ms task, the same in round 7's build): that is the
  // browser's start, not the page's. It is measured once, printed, and not counted.
  for (const { dir, page, origin } of pages) cold.set(dir, await longestWhileLoading(page, `${origin}/activities/${ids.at(-1)}/`));
  for (let run = 0; run < runs; run++) {
    for (const id of ids) {
      for (const { dir, page, origin } of pages) {
        const key = `/activities/${id}/`;
        if (!longest.has(key)) longest.set(key, new Map(dirs.map((d) => [d, []])));
        longest
          .get(key)
          .get(dir)
          .push(await longestWhileLoading(page, `${origin}${key}`));
      }
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

/** Opens an activity page, wakes every island, and gives the longest main-thread task (ms). */
async function longestWhileLoading(page, url) {
  await page.goto(url);
  // Wake every island: client:visible ones hydrate as the learner scrolls to them.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    }
  });
  await page.locator('.worksheet-blocks[data-hydrated]').first().waitFor();
  // Quiet for a moment: React's background renders after hydration finish.
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => window.__longtasks);
  return Math.round(Math.max(0, ...tasks));
}

const range = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[0] === s.at(-1) ? String(s[0]) : `${s[0]}–${s.at(-1)}`;
};
const rows = [...longest].map(([page, byDir]) => ({
  page,
  ...Object.fromEntries([...byDir].map(([d, xs]) => [`longest ms${dirs.length > 1 ? ` (${d})` : ''}`, range(xs)])),
}));
console.log(`Long tasks while an activity page loads with a full portfolio saved${cpu > 1 ? ` (CPU slowed ${cpu}×)` : ''}:`);
console.table(rows);
console.log(
  `First page in a fresh browser (starting it; not counted): ${[...cold].map(([d, ms]) => `${ms} ms${dirs.length > 1 ? ` (${d})` : ''}`).join(', ')}.`,
);
const over = [...longest].filter(([, byDir]) => Math.min(...byDir.get(dirs[0])) > LIMIT_MS);
if (over.length) {
  console.log(`${over.length} page(s) have a task over ${LIMIT_MS} ms${runs > 1 ? ' in every run' : ''}${dirs.length > 1 ? ` (${dirs[0]})` : ''}.`);
  process.exitCode = 1;
} else console.log(`No task over ${LIMIT_MS} ms.`);
