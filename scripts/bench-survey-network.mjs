// The staff advice survey's network (issue 29) on a made-up school of 150 people and 1,500
// ties (scripts/lib/synthetic-school.mjs): milliseconds for the measures (graphology: degree,
// betweenness, components, Louvain, and the readings) and for the ForceAtlas2 layout, in
// Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, as Lighthouse's mobile
// profile), bundled by Vite as the site bundles them. Targets: measures under 200 ms, layout
// under 1 s. Every run is a fresh page, so each pays for compiling the code as a leader opening
// the results page does; the median of the runs is compared with the targets (the exit code
// follows it), so one run slowed by a busy machine does not decide. The load average is printed
// with the figures: on a shared machine it explains a spread. The last column runs each step
// again unslowed and takes the main thread's CPU time (CDP Performance metrics in thread ticks)
// times the slowdown: an estimate of the slowed step on a machine nobody else is using, which a
// loaded machine's clock cannot show (printed, not judged).
// The site runs measures and layout in a Web Worker (src/lib/survey-network/analysis.worker.ts):
// each run then does it that way too, in a fresh worker, and the rows "in a Web Worker" are what
// the leader meets, so they are the ones judged: the data back within the two targets together
// (1.2 s), and no main-thread task meanwhile as long as the measures' 200 ms (Long Tasks API).
// --against=<git revision>: the same runs, interleaved, on that revision's code too (its src/
// and scripts/lib/, taken with git archive into bench-results/), so a change is judged against
// the code before it under the same load; the table gets a row per step and version.
// Usage: node scripts/bench-survey-network.mjs [--cpu=N] [--runs=N] [--against=REV]
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumArgs, findChromium } from '../tests/browser.ts';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const cpu = Number(option('cpu') ?? 4);
const runs = Number(option('runs') ?? 5);
const against = option('against');
const LIMITS = { measuresMs: 200, layoutMs: 1000 };

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'scripts/lib/survey-network-bench.entry.mjs';
/** The bench's code bundled from `dir` (a folder inside the checkout, so node_modules resolves). */
async function bundle(dir) {
  const built = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: `${dir}${ENTRY}`, formats: ['iife'], name: 'surveyNetworkBenchBundle', fileName: 'bench' } },
  });
  return [built].flat()[0].output[0].code;
}
/** The Web Worker the collect page starts (src/lib/survey-network/analysis.worker.ts), bundled alone. */
async function bundleWorker() {
  const built = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'src/lib/survey-network/analysis.worker.ts', formats: ['iife'], name: 'surveyNetworkWorker', fileName: 'worker' },
    },
  });
  return [built].flat()[0].output[0].code;
}
const versions = [{ name: 'this checkout', code: await bundle(''), workerCode: await bundleWorker() }];
if (against) {
  const dir = `bench-results/against-${against.replace(/[^\w.-]/g, '_')}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['archive', '--output', `${dir}source.tar`, against, 'src', 'scripts/lib'], { cwd: root });
  execFileSync('tar', ['-xf', `${dir}source.tar`, '-C', dir], { cwd: root });
  try {
    versions.push({ name: against, code: await bundle(dir) });
  } finally {
    // Left in place, a second src/ would be type-checked with the first.
    rmSync(dir, { recursive: true, force: true });
  }
}

const executablePath = findChromium({ shell: false });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
/** One run in a fresh page at `rate`: wall-clock milliseconds and the main thread's CPU milliseconds per step. */
async function runOnce(rate, code, workerCode) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.setContent('<!doctype html><title>Survey network bench</title>');
    await page.addScriptTag({ content: code });
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    const c0 = await cpuMs();
    const measures = await page.evaluate(() => window.surveyNetworkMeasures());
    const c1 = await cpuMs();
    const layout = await page.evaluate(() => window.surveyNetworkLayout());
    const c2 = await cpuMs();
    // Measures and layout again, in a worker as the site runs them (a fresh worker: it compiles
    // the code as the page's first one does).
    if (workerCode) await page.evaluate((w) => window.surveyNetworkPrepareWorker(w), workerCode);
    const inWorker = workerCode ? await page.evaluate(() => window.surveyNetworkInWorker()) : undefined;
    return {
      people: measures.people,
      ties: measures.ties,
      measuresMs: measures.ms,
      layoutMs: layout.ms,
      measuresCpu: c1 - c0,
      layoutCpu: c2 - c1,
      workerMs: inWorker?.ms ?? NaN,
      workerPauseMs: inWorker?.longestPause ?? NaN,
      workerLongestTaskMs: inWorker?.longestTask ?? NaN,
    };
  } finally {
    await context.close();
  }
}

for (const v of versions) Object.assign(v, { results: [], unthrottled: [] });
try {
  for (let i = 0; i < runs; i++) {
    // Versions take turns within a round, so both meet the same load.
    for (const v of versions) {
      v.results.push(await runOnce(cpu, v.code, v.workerCode));
      // The same unslowed: its main-thread CPU time, times the slowdown, is what the slowed step
      // takes on a machine nobody else is using (the throttled thread's own CPU time is not).
      if (cpu > 1) v.unthrottled.push(await runOnce(1, v.code));
    }
  }
} finally {
  await browser.close();
}

const { results } = versions[0];
const first = results[0];
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(', ');
const sorted = (key, of = results) => of.map((r) => r[key]).sort((a, b) => a - b);
const median = (key, of = results) => sorted(key, of)[Math.floor(of.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
console.log(
  `Survey network, ${first.people} people and ${first.ties} ties${cpu > 1 ? ` (CPU slowed ${cpu}×)` : ''}, ${runs} runs, each in a fresh page (load average ${load}):`,
);
/** One line of the table: a step's figures for one version of the code. */
const row = (step, v, key, limit) => ({
  step,
  ...(against ? { code: v.name } : {}),
  worst: ms(sorted(key, v.results).at(-1)),
  median: ms(median(key, v.results)),
  best: ms(sorted(key, v.results)[0]),
  target: `under ${ms(limit)}`,
});
const rows = Object.entries(LIMITS).flatMap(([key, limit]) =>
  versions.map((v) => ({
    ...row(key === 'measuresMs' ? 'measures + readings, on the page' : 'layout (ForceAtlas2), on the page', v, key, limit),
    ...(cpu > 1 ? { [`idle estimate: CPU time unslowed × ${cpu}, median`]: ms(cpu * median(key.replace('Ms', 'Cpu'), v.unthrottled)) } : {}),
  })),
);
// Where the site runs them in a Web Worker, the leader meets the worker's wait and the page's
// own time meanwhile: those are judged; the steps on the page are the fallback's figures.
const WORKER_LIMITS = { workerMs: LIMITS.measuresMs + LIMITS.layoutMs, workerLongestTaskMs: LIMITS.measuresMs };
const inWorker = versions.filter((v) => v.results.every((r) => Number.isFinite(r.workerMs)));
for (const v of inWorker) {
  for (const [key, limit] of Object.entries(WORKER_LIMITS)) {
    rows.push(row(key === 'workerMs' ? 'both in a Web Worker: data back' : 'both in a Web Worker: longest main-thread task meanwhile', v, key, limit));
  }
}
console.table(rows);
if (inWorker.includes(versions[0])) {
  console.log(
    `Main thread's longest pause during the worker's run: median ${ms(median('workerPauseMs'))}, worst ${ms(sorted('workerPauseMs').at(-1))} (a 4 ms timer's largest gap; on a loaded machine mostly waiting for a core).`,
  );
}
const judged = inWorker.includes(versions[0]) ? WORKER_LIMITS : LIMITS;
const over = Object.entries(judged).filter(([key, limit]) => median(key) > limit);
if (over.length) {
  console.log(`Over target (median): ${over.map(([key]) => key).join(', ')}.`);
  process.exitCode = 1;
} else console.log('Both within target (median).');
