// Interaction figures with a full portfolio saved (every activity's worksheet filled, six
// stakeholder charts): input-to-paint latency while typing in a worksheet, and the time to
// export and import that portfolio on the workbook page. Prints figures; fails nothing.
// Usage: node scripts/bench-interaction.mjs   (after `astro build`)
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/browser.ts';
import { fullPortfolio } from './lib/full-portfolio.mjs';
import { serveStatic } from './lib/static-server.mjs';

// The plain static server, in this process: nothing is left holding a port when the run ends.
const server = await serveStatic(process.env.OUT_DIR ?? 'dist');
const base = server.origin;
const executablePath = findChromium({ shell: false });
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: chromiumArgs,
});
try {
  const portfolio = fullPortfolio();
  const bytes = Object.values(portfolio).reduce((n, v) => n + v.length, 0);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + '/');
  await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), portfolio);
  console.log(`Full portfolio: ${Object.keys(portfolio).length} answers, ${(bytes / 1024).toFixed(0)} kB in localStorage`);

  // Input-to-paint: Event Timing entries give the time from each key press to the next paint.
  const measure = async (path, selector, label) => {
    await page.goto(base + path);
    await page.evaluate(() => {
      window.__latencies = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input') window.__latencies.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    await page.locator('.worksheet').first().scrollIntoViewIfNeeded();
    const box = page.locator(selector).last();
    await box.waitFor();
    await box.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const phrase = ' and the families who are rarely heard at school';
    await box.pressSequentially(phrase, { delay: 30 });
    await page.waitForTimeout(300);
    const lat = (await page.evaluate(() => window.__latencies)).sort((x, y) => x - y);
    const pct = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] : 0);
    console.log(
      `Typing ${phrase.length} characters, ${label}: ${lat.length} of ${phrase.length * 3} key events over 16 ms; worst input-to-paint ${Math.round(lat.at(-1) ?? 0)} ms, p95 of slow ones ${Math.round(pct(95))} ms`,
    );
  };
  await measure('/activities/culture-of-learning/', '.worksheet [data-type="text"] textarea:not([disabled])', 'in a text answer');
  await measure('/activities/stakeholder-charts/', '.worksheet table textarea:not([disabled])', 'in a stakeholder chart with six charts saved');

  // Export and import on the workbook page.
  await page.goto(base + '/workbook/');
  const e0 = Date.now();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything (.json)' }).click();
  const file = await (await download).path();
  const exportMs = Date.now() - e0;
  const json = readFileSync(file, 'utf8');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(base + '/workbook/');
  const i0 = Date.now();
  await other.getByLabel(/Choose a portfolio file/).setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await other.locator('[data-import-preview]').waitFor();
  const validateMs = Date.now() - i0;
  const m0 = Date.now();
  await other.getByRole('button', { name: /Merge/ }).click();
  await other.locator('[data-import-report]').waitFor();
  const mergeMs = Date.now() - m0;
  console.log(`Export of the full portfolio (${(json.length / 1024).toFixed(0)} kB file): ${exportMs} ms`);
  console.log(`Import: read and validate ${validateMs} ms, merge and save ${mergeMs} ms`);
} finally {
  await browser.close();
  await server.close();
}
