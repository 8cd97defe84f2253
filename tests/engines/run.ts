/**
 * `npm run test:engines`: the journey set in Firefox ESR and in WebKitGTK, against the built
 * site in dist/ (run `npm run build` first; this builds nothing). Prints one line per check,
 * then "firefox: N passed, N failed", "webkit: N passed, N failed" and the total; exits
 * non-zero on any failure, including an engine that could not start.
 *
 * ENGINES_PORT (default 4333): the preview server's port. ENGINES_DRIVER_PORT (default 4340):
 * WebKitWebDriver's. Engines to run: arguments, e.g. `npm run test:engines -- webkit`.
 */
import { DESKTOP, DriverStartError, isProblem, onInterrupt, type Driver, type Engine } from './driver.ts';
import { startFirefox } from './firefox.ts';
import { journeys } from './journeys.ts';
import { representativePages } from './pages.ts';
import { startPreview, type Preview } from './server.ts';
import { startWebKit } from './webkit.ts';

const JOURNEY_TIMEOUT_MS = 90_000;
const port = Number(process.env['ENGINES_PORT'] ?? 4333);
const driverPort = Number(process.env['ENGINES_DRIVER_PORT'] ?? 4340);
const outDir = process.env['OUT_DIR'] ?? 'dist';
const allEngines: Engine[] = ['firefox', 'webkit'];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((e) => !allEngines.includes(e as Engine));
if (unknown.length) {
  console.error(`Unknown engine(s): ${unknown.join(', ')}. Choose from: ${allEngines.join(', ')}.`);
  process.exit(2);
}
const engines = wanted.length ? (wanted as Engine[]) : allEngines;

const counts = new Map<Engine, { passed: number; failed: number }>(engines.map((e) => [e, { passed: 0, failed: 0 }]));
// The engines run side by side; each one's lines are printed together when it finishes.
const lines = new Map<Engine, string[]>(engines.map((e) => [e, []]));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const indent = (text: string) => text.replace(/^/gm, '      ');

function report(engine: Engine, name: string, ms: number, failure?: string): void {
  const count = counts.get(engine)!;
  if (failure === undefined) {
    count.passed++;
    lines.get(engine)!.push(`  ✓ ${engine} › ${name} (${seconds(ms)})`);
  } else {
    count.failed++;
    lines.get(engine)!.push(`  ✗ ${engine} › ${name} (${seconds(ms)})\n${indent(failure)}`);
  }
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

async function runEngine(engine: Engine, preview: Preview): Promise<void> {
  const started = Date.now();
  let driver: Driver;
  try {
    driver = engine === 'firefox' ? await startFirefox(preview.baseUrl) : await startWebKit(preview.baseUrl, driverPort);
  } catch (error) {
    const message = error instanceof DriverStartError ? error.message : `${(error as Error).stack}`;
    report(engine, 'start the browser', Date.now() - started, message);
    return;
  }
  lines.get(engine)!.push(`${engine}: started in ${seconds(Date.now() - started)}`);
  try {
    // Every page type loads with no console error and no CSP complaint (not when ENGINES_ONLY
    // picks journeys by a part of their name, to try one journey while working on it).
    const only = process.env['ENGINES_ONLY'];
    const pages = only ? [] : representativePages(outDir);
    const loadStarted = Date.now();
    const reports = await withTimeout(driver.loadPages(pages, DESKTOP), pages.length * 30_000, 'loading the pages').catch((error: Error) =>
      pages.map((path) => ({ path, messages: [], problem: error.message })),
    );
    const each = (Date.now() - loadStarted) / pages.length;
    for (const page of reports) {
      const problems = page.messages.filter(isProblem).map((m) => `${m.source} ${m.level}: ${m.text}${m.location ? ` (${m.location})` : ''}`);
      if (page.problem) problems.unshift(`could not check the page: ${page.problem}`);
      report(engine, `${page.path} loads with no console error or CSP complaint`, each, problems.length ? problems.join('\n') : undefined);
    }

    for (const journey of journeys.filter((j) => (!j.engines || j.engines.includes(engine)) && (!only || j.name.includes(only)))) {
      const t = Date.now();
      await driver.takeConsoleErrors();
      try {
        await withTimeout(journey.run(driver), JOURNEY_TIMEOUT_MS, journey.name);
        const errors = ((await driver.takeConsoleErrors()) ?? []).filter(
          (m) => !journey.expectedErrors?.some((re) => re.test(`${m.source} ${m.level}: ${m.text}`)),
        );
        if (errors.length) throw new Error(`console errors during the journey:\n${errors.map((m) => `${m.source} ${m.level}: ${m.text}`).join('\n')}`);
        report(engine, journey.name, Date.now() - t);
      } catch (error) {
        report(engine, journey.name, Date.now() - t, (error as Error).message);
      }
    }
  } finally {
    await driver.close();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  let preview: Preview;
  try {
    preview = await startPreview(port, outDir);
  } catch (error) {
    console.error((error as Error).message);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const stopAll = () => {
    for (const end of onInterrupt) end();
    preview.stop();
    process.exit(130);
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  try {
    await Promise.all(
      engines.map((engine) =>
        runEngine(engine, preview)
          .catch((error: Error) => report(engine, 'run', 0, error.stack ?? error.message))
          .then(() => console.log(`${lines.get(engine)!.join('\n')}\n${engine}: finished after ${seconds(Date.now() - started)}`)),
      ),
    );
  } finally {
    preview.stop();
  }
  let passed = 0;
  let failed = 0;
  console.log('');
  for (const [engine, count] of counts) {
    console.log(`${engine}: ${count.passed} passed, ${count.failed} failed`);
    passed += count.passed;
    failed += count.failed;
  }
  console.log(`engines took ${seconds(Date.now() - started)}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
