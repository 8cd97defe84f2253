// How long a returning learner looks at an empty form: with a full portfolio saved, at phone
// size and (by default) a 4x slower CPU, each lesson page is opened at its worksheet and, for
// every block with a saved answer, the time from the first painted frame that holds its fields
// to the first that shows the answer (a text answer in its field; another type once its island
// has woken), and, for those, to the first frame that at least says the answer is loading. Read
// just before each paint (requestAnimationFrame), registered before the page's own scripts.
// Target: 0 ms for text answers (ShowSaved.astro fills them before first paint); a page over it
// makes the script exit non-zero.
// Usage: node scripts/bench-saved-paint.mjs [--cpu=N] [--dir=dist,other] [--runs=N]   (after `astro build`)
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/browser.ts';
import { fullPortfolio } from './lib/full-portfolio.mjs';
import { serveStatic } from './lib/static-server.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const cpu = Number(option('cpu') ?? 4);
const dirs = (option('dir') ?? process.env.OUT_DIR ?? 'dist').split(',');
const runs = Number(option('runs') ?? 3);
const PAGES = ['/activities/listening-in-stereo/#worksheet', '/activities/trust/#worksheet', '/sections/overview/#try-it'];

const executablePath = findChromium({ shell: false });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
let failed = false;
const servers = [];
try {
  const portfolio = {
    ...fullPortfolio(),
    // A section's own question, so a section page is measured too.
    'course:v1:answers:section/overview/improvement-share': JSON.stringify({ v: 'Saved on an earlier visit', at: Date.now() }),
  };
  console.log(`Saved answers on screen at first paint (390x844${cpu > 1 ? `, CPU slowed ${cpu}×` : ''}, worst of ${runs} runs):`);
  for (const dir of dirs) {
    const server = await serveStatic(dir);
    servers.push(server);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await context.addInitScript(() => {
      const saved = new Map();
      const savedValue = (key) => {
        if (!saved.has(key)) {
          try {
            saved.set(key, JSON.parse(localStorage.getItem(`course:v1:answers:${key}`) ?? 'null')?.v);
          } catch {
            saved.set(key, undefined);
          }
        }
        return saved.get(key);
      };
      const gaps = (window.__gaps = {});
      const frame = (now) => {
        for (const f of document.querySelectorAll('[data-answer]')) {
          const key = f.dataset.answer;
          const v = savedValue(key);
          if (v === undefined || v === null || v === '') continue;
          const r = (gaps[key] ??= { type: f.dataset.answerType, seen: now });
          const field = f.querySelector('textarea, input[type=text]');
          const shown = r.type === 'text' ? field?.value === v : f.hasAttribute('data-hydrated');
          if (shown) r.shown ??= now;
          if (shown || f.querySelector('.saved-loading')?.checkVisibility()) r.told ??= now;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), portfolio);
    const cdp = await context.newCDPSession(page);
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    for (const path of PAGES) {
      const worst = { text: 0, textCount: 0, told: 0, shown: 0, otherCount: 0 };
      for (let run = 0; run < runs; run++) {
        await page.goto(`${server.origin}${path}`);
        // Until every worksheet in view has woken (islands below the screen wake when scrolled to).
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('.worksheet-blocks')].every(
              (w) => w.hasAttribute('data-hydrated') || w.getBoundingClientRect().top > innerHeight + 600,
            ),
          null,
          { timeout: 30_000 },
        );
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const gaps = await page.evaluate(() => window.__gaps);
        for (const r of Object.values(gaps)) {
          if (r.shown === undefined) continue; // never woke: below the screen
          if (r.type === 'text') {
            worst.textCount++;
            worst.text = Math.max(worst.text, r.shown - r.seen);
          } else {
            worst.otherCount++;
            worst.told = Math.max(worst.told, r.told - r.seen);
            worst.shown = Math.max(worst.shown, r.shown - r.seen);
          }
        }
      }
      const ms = (n) => `${Math.round(n)} ms`;
      const label = dirs.length > 1 ? `${dir} ` : '';
      console.log(
        `  ${label}${path.split('#')[0]}: text answers ${ms(worst.text)} empty (${worst.textCount / runs} on screen)` +
          (worst.otherCount
            ? `; other answers: "loading" after ${ms(worst.told)}, the answer after ${ms(worst.shown)} (${worst.otherCount / runs} on screen)`
            : ''),
      );
      if (worst.text > 0 && dir === dirs[0]) failed = true;
    }
    await context.close();
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
if (failed) {
  console.log('A saved text answer was painted empty (target: 0 ms).');
  process.exitCode = 1;
}
