// Lighthouse (mobile, default throttling) on two builds side by side: each page is measured in
// turn on build A and build B, several rounds, so both see the same load on a shared machine.
// Prints best and worst performance, TBT, FCP and script bytes per page and build.
// Usage: node scripts/bench-compare.mjs <dirA> <dirB> [--runs=3] [--pages=/a/,/b/]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../tests/browser.ts';
import { serveStatic } from './lib/static-server.mjs';

const [dirA, dirB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirA || !dirB) throw new Error('Usage: node scripts/bench-compare.mjs <dirA> <dirB> [--runs=3] [--pages=/a/,/b/]');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 3);
const pages = (option('pages') ?? '/activities/stakeholder-charts/,/workbook/,/scenarios/harmon-high/,/providers/review/').split(',');

const servers = { A: await serveStatic(dirA), B: await serveStatic(dirB) };
const chromePath = findChromium({ shell: false });
const chrome = await chromeLauncher.launch({ ...(chromePath ? { chromePath } : {}), chromeFlags: ['--headless=new', ...chromiumArgs] });
/** @type {Record<string, {perf: number[], tbt: number[], fcp: number[], js: number[], html: number[]}>} */
const results = {};
try {
  for (let round = 0; round < runs; round++) {
    for (const path of pages) {
      for (const build of /** @type {const} */ (['A', 'B'])) {
        const { lhr } = /** @type {any} */ (await lighthouse(`${servers[build].origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }));
        const requests = lhr.audits['network-requests'].details?.items ?? [];
        const bytes = (type) => requests.filter((r) => r.resourceType === type).reduce((n, r) => n + (r.resourceSize ?? 0), 0) / 1024;
        const r = (results[`${path} ${build}`] ??= { perf: [], tbt: [], fcp: [], js: [], html: [] });
        r.perf.push(Math.round(lhr.categories.performance.score * 100));
        r.tbt.push(Math.round(lhr.audits['total-blocking-time'].numericValue));
        r.fcp.push(lhr.audits['first-contentful-paint'].numericValue / 1000);
        r.js.push(bytes('Script'));
        r.html.push(bytes('Document'));
      }
    }
  }
} finally {
  chrome.kill();
  await servers.A.close();
  await servers.B.close();
}

const spread = (xs, digits = 0) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[0] === s.at(-1) ? s[0].toFixed(digits) : `${s[0].toFixed(digits)}–${s.at(-1).toFixed(digits)}`;
};
console.log(`Lighthouse mobile, ${runs} rounds; A = ${dirA}, B = ${dirB}; ranges are best–worst; kB are uncompressed`);
console.table(
  Object.fromEntries(
    Object.entries(results).map(([k, r]) => [
      k,
      { performance: spread(r.perf), 'TBT ms': spread(r.tbt), 'FCP s': spread(r.fcp, 2), 'JS kB': spread(r.js, 1), 'HTML kB': spread(r.html, 1) },
    ]),
  ),
);
