// `npm test`: every check the project has, as steps that run two at a time where they do not
// depend on each other (typecheck, lint and unit tests beside the build; browser tests and the
// size budgets after it). Each output line is prefixed with its step's name. Ends with a summary:
// each step's status, time and test counts, the total time, and a last line "N passed, N failed"
// adding up every test the steps ran. Exits non-zero if any step or test failed.
// Usage: npm test   (TEST_JOBS=1 runs one step at a time; --only=unit,lint runs some steps;
// E2E_PORT, SUBPATH_PORT and SWEEP_PORT choose the preview servers' ports, 4322, 4323 and 4324 by
// default; E2E_WORKERS the browsers each Playwright step runs at once)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * The steps, started in this order as slots free up: the build and the browser tests are the
 * long path, so they go first. `after`: steps that must pass first. To add one, add a line.
 */
const port = Number(process.env.E2E_PORT ?? 4322);
// A second build under a sub-path, as a provider hosting the course in a folder would make it:
// the size budgets are measured on it (every request must also stay under the path), and the
// link and search specs run against it.
const subpath = {
  BASE_PATH: '/courses/dl/',
  OUT_DIR: 'node_modules/.cache/dist-subpath',
  E2E_PORT: process.env.SUBPATH_PORT ?? String(port + 1),
  PW_OUTPUT_DIR: 'test-results-subpath',
};
// The browser tests in two steps that can run side by side, each with its own preview server:
// the accessibility sweep of every page, and the journeys. Search and the built site's links
// run once, in the sub-path step, where every URL must also carry the base path.
const subpathSpecs = ['tests/e2e/built-site.spec.ts', 'tests/e2e/search.spec.ts'];
const sweepSpec = 'tests/e2e/a11y.spec.ts';
const journeySpecs = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => `tests/e2e/${f}`)
  .filter((f) => f !== sweepSpec && !subpathSpecs.includes(f));
// The sweep records no trace: its failures name the page, the rules and the elements, and
// snapshotting every step of 88 long pages cost about a tenth of its time.
const sweep = { E2E_PORT: process.env.SWEEP_PORT ?? String(port + 2), PW_OUTPUT_DIR: 'test-results-a11y', PW_TRACE: 'off' };
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const jobs = Math.max(1, Number(process.env.TEST_JOBS ?? 2));
// The journeys and the sweep run side by side, one browser each: on two cores a third and fourth
// browser only wait their turn (21 sweep pages took 100 s with two browsers, 138 s with four).
// A step that runs alone uses two.
const sideBySide = jobs > 1 && (!only || (only.includes('e2e') && only.includes('a11y')));
const browsers = { E2E_WORKERS: process.env.E2E_WORKERS ?? (sideBySide ? '1' : '2') };
const steps = [
  { name: 'build', cmd: ['npm', 'run', '-s', 'build'] },
  { name: 'e2e', cmd: ['npx', 'playwright', 'test', ...journeySpecs], env: browsers, after: ['build'] },
  { name: 'a11y', cmd: ['npx', 'playwright', 'test', sweepSpec], env: { ...sweep, ...browsers }, after: ['build'] },
  { name: 'check', cmd: ['npm', 'run', '-s', 'check'] },
  { name: 'lint', cmd: ['npm', 'run', '-s', 'lint'] },
  { name: 'unit', cmd: ['npm', 'run', '-s', 'test:unit'] },
  { name: 'build-subpath', cmd: ['npm', 'run', '-s', 'build'], env: subpath },
  { name: 'budgets', cmd: ['npm', 'run', '-s', 'test:budgets'], env: subpath, after: ['build-subpath'] },
  { name: 'engines', cmd: ['npm', 'run', '-s', 'test:engines'], after: ['build'] },
  { name: 'subpath', cmd: ['npx', 'playwright', 'test', ...subpathSpecs], env: subpath, after: ['build-subpath'] },
];

const unknown = (only ?? []).filter((name) => !steps.some((s) => s.name === name));
if (unknown.length) {
  console.error(`No step named ${unknown.join(', ')}. Steps: ${steps.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = only ? steps.filter((s) => only.includes(s.name)) : steps;
const width = Math.max(...selected.map((s) => s.name.length));
// eslint-disable-next-line no-control-regex -- the escape character is what colour codes start with
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
const seconds = (ms) => (ms / 1000).toFixed(0);
const clock = (ms) => `${Math.floor(ms / 60000)} min ${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')} s`;

/**
 * What a step's tests reported: a short phrase for the summary, and the numbers that passed and
 * failed (flaky Playwright tests count as failed), so the last line adds up every test run.
 */
function countsOf(name, output) {
  const text = stripAnsi(output);
  const last = (re) => [...text.matchAll(re)].pop();
  const e2e = last(/^((\d+) passed, (\d+) failed, (\d+) flaky, \d+ skipped[^\n]*)$/gm);
  if (e2e) return { text: e2e[1], passed: Number(e2e[2]), failed: Number(e2e[3]) + Number(e2e[4]) };
  const engines = [...text.matchAll(/^(firefox|webkit): (\d+) passed, (\d+) failed$/gm)];
  if (engines.length)
    return {
      text: engines.map((m) => m[0]).join('; '),
      passed: engines.reduce((n, m) => n + Number(m[2]), 0),
      failed: engines.reduce((n, m) => n + Number(m[3]), 0),
    };
  const vitest = last(/^\s*Tests\s+(.+?)\s*\(\d+\)\s*$/gm);
  if (vitest)
    return {
      text: vitest[1].replace(/\s*\|\s*/g, ', '),
      passed: Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0),
      failed: Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0),
    };
  const within = last(/^All (\d+) pages within budget/gm);
  if (within) return { text: within[0], passed: Number(within[1]), failed: 0 };
  const breaches = last(/^Budget breaches \((\d+)\)/gm);
  if (breaches) return { text: breaches[0], passed: 0, failed: Number(breaches[1]) };
  const errors = name === 'lint' || name === 'check' ? (last(/(\d+ errors?)/g)?.[1] ?? '') : '';
  return { text: errors, passed: 0, failed: 0 };
}

const results = new Map(); // name -> { ok, ms, counts }
const running = new Set();
const started = performance.now();

function run(step) {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(step.cmd[0], step.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...step.env } });
    running.add(child);
    let output = '';
    const prefix = `[${step.name.padEnd(width)}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        output += chunk;
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) process.stdout.write(prefix + line + '\n');
      });
      stream.on('end', () => partial && process.stdout.write(prefix + partial + '\n'));
    }
    console.log(`${prefix}started: ${step.cmd.join(' ')}`);
    child.on('close', (code, signal) => {
      running.delete(child);
      const ms = performance.now() - t0;
      const ok = code === 0;
      console.log(`${prefix}${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(ms)} s`);
      results.set(step.name, { ok, ms, ...countsOf(step.name, output) });
      done();
    });
  });
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });

// Start every step whose prerequisites have passed, up to `jobs` at a time, in list order.
const pending = [...selected];
await new Promise((finish) => {
  const tick = () => {
    for (const step of [...pending]) {
      const deps = (step.after ?? []).filter((d) => selected.some((s) => s.name === d));
      if (deps.some((d) => results.has(d) && !results.get(d).ok)) {
        pending.splice(pending.indexOf(step), 1);
        results.set(step.name, { ok: false, ms: 0, passed: 0, failed: 0, text: `not run: ${deps.filter((d) => !results.get(d)?.ok).join(', ')} failed` });
        continue;
      }
      if (running.size >= jobs || !deps.every((d) => results.get(d)?.ok)) continue;
      pending.splice(pending.indexOf(step), 1);
      void run(step).then(tick);
    }
    if (pending.length === 0 && running.size === 0) finish(undefined);
  };
  tick();
});

const total = performance.now() - started;
console.log('\nnpm test summary:');
for (const s of selected) {
  const r = results.get(s.name);
  console.log(`  ${s.name.padEnd(width)}  ${r.ok ? 'passed' : 'FAILED'}  ${seconds(r.ms).padStart(4)} s  ${r.text}`);
}
console.log(`Total time: ${clock(total)} (${jobs} steps at a time)`);
// Every test every step ran; a step that failed without counting a failed test (a type error,
// a lint warning, a build that broke, a step not run) counts as one failure of its own.
const all = [...results.values()];
const passed = all.reduce((n, r) => n + r.passed, 0);
const failed = all.reduce((n, r) => n + (r.failed || (r.ok ? 0 : 1)), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
