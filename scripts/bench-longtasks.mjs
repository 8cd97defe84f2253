// Long tasks while each activity page loads with a full portfolio saved (every worksheet
// filled, six stakeholder charts): the page is opened, scrolled to the end so every island
// wakes, and the longest main-thread task is read from a PerformanceObserver ('longtask',
// registered before the page's own scripts). The target is no task over 50 ms; a page over it
// makes the script exit non-zero.
// Usage: node scripts/bench-longtasks.mjs [--cpu=N] [--dir=dist]   (after `astro build`);
// --cpu slows the CPU N times, as Lighthouse's mobile profile does (4).
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/browser.ts';
import { fullPortfolio } from './lib/full-portfolio.mjs';
import { serveStatic } from './lib/static-server.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const cpu = Number(option('cpu') ?? 1);
const dir = option('dir') ?? process.env.OUT_DIR ?? 'dist';
const LIMIT_MS = 50;

const server = await serveStatic(dir);
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
const rows = [];
try {
  const portfolio = fullPortfolio();
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
  const ids = readdirSync('content/activities').map((f) => f.replace(/\.mdx$/, ''));
  for (const id of ids) {
    await page.goto(`${server.origin}/activities/${id}/`);
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
    const longest = Math.round(Math.max(0, ...tasks));
    rows.push({ page: `/activities/${id}/`, 'long tasks': tasks.length, 'longest ms': longest, 'over 50 ms': longest > LIMIT_MS ? 'yes' : '' });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Long tasks while an activity page loads with a full portfolio saved${cpu > 1 ? ` (CPU slowed ${cpu}×)` : ''}:`);
console.table(rows);
const over = rows.filter((r) => r['longest ms'] > LIMIT_MS);
if (over.length) {
  console.log(`${over.length} page(s) have a task over ${LIMIT_MS} ms.`);
  process.exitCode = 1;
} else console.log(`No task over ${LIMIT_MS} ms.`);
