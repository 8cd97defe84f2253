// Interaction figures with a full portfolio saved (every activity's worksheet filled, six
// stakeholder charts): input-to-paint latency while typing in a worksheet, and the time to
// export and import that portfolio on the workbook page. Prints figures; fails nothing.
// Usage: node scripts/bench-interaction.mjs   (after `astro build`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chromiumArgs, findChromium } from '../tests/browser.ts';

const port = Number(process.env.BENCH_PORT ?? 4328);
const base = `http://127.0.0.1:${port}`;
const words = 'trust improvement leadership teachers students evidence meeting decision conversation practice'.split(' ');
const text = (n) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');

/** A plausible answer for every block of every activity, keyed as the site stores them. */
function fullPortfolio() {
  const answers = {};
  const at = Date.now();
  for (const file of readdirSync('content/activities')) {
    const id = file.replace(/\.mdx$/, '');
    const data = parse(readFileSync(`content/activities/${file}`, 'utf8').split(/^---$/m)[1]);
    for (const b of data.worksheet) {
      let v;
      switch (b.type) {
        case 'text':
          v = text(120);
          break;
        case 'list':
          v = Array.from({ length: 6 }, () => text(12));
          break;
        case 'grid':
          v = { cells: Object.fromEntries(b.rows.map((r) => [r.id, Object.fromEntries(b.columns.map((c) => [c.id, text(8)]))])), added: [] };
          break;
        case 'checklist':
          v = b.items.map((i) => i.id);
          break;
        case 'rating':
          v = Object.fromEntries(b.items.map((i, n) => [i.id, 1 + (n % 5)]));
          break;
        case 'choice':
          v = [b.options[0].id];
          break;
        case 'video-notes':
          v = Array.from({ length: 20 }, (_, n) => ({ id: `n${n}`, t: n * 15, role: b.roles?.[n % 2]?.id ?? 'me', text: text(15) }));
          break;
        case 'allocation':
          v = Object.fromEntries(b.items.map((i) => [i.id, Math.floor(100 / b.items.length)]));
          break;
        case 'stakeholder-chart': {
          const chart = (cid) => ({
            id: cid,
            title: `Challenge ${cid}`,
            challenge: text(40),
            rows: Array.from({ length: 6 }, (_, n) => ({
              id: `s${n}`,
              name: `Stakeholder ${n}`,
              cells: { relationship: text(15), outcome: text(15), values: text(15), loyalties: text(15), losses: text(10) },
              losses: ['status', 'time'],
            })),
          });
          v = { charts: b.scenario ? [chart('main')] : [1, 2, 3, 4].map((n) => chart(`c${n}`)) };
          break;
        }
        default:
          continue;
      }
      answers[`course:v1:answers:activity/${id}/${b.id}`] = JSON.stringify({ v, at });
    }
  }
  return answers;
}

const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
const executablePath = findChromium();
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
  server.kill();
}
