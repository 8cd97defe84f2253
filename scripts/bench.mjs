// Performance figures for the built site: build time; per page type the gzip bytes of HTML, CSS
// and JavaScript a visitor downloads before acting, against the budgets (scripts/budgets.mjs,
// which npm test also runs; a breach makes this exit non-zero); then the search index size and
// timings (scripts/bench-search.mjs).
// Usage: npm run bench [-- --no-build] [--no-search] [--no-interaction] [--no-saved-paint] [--no-longtasks] [--no-review]
// [--no-lighthouse] [--no-survey-network] [--no-board];
// OUT_DIR reads another build folder.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const kB = (n) => (n / 1024).toFixed(1);

let buildSeconds;
if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  buildSeconds = (performance.now() - t0) / 1000;
}
if (!existsSync(dist)) throw new Error(`No ${dist} folder: run the build first.`);

console.log(buildSeconds === undefined ? 'Build: skipped (--no-build)' : `Build time: ${buildSeconds.toFixed(1)} s`);

// Page weights against the budgets, measured in a browser (scripts/budgets.mjs, also a step of
// npm test): every script, stylesheet and document a page fetches before the learner acts.
try {
  execFileSync(process.execPath, ['scripts/budgets.mjs'], { stdio: 'inherit' });
} catch {
  process.exitCode = 1;
}

// Search (issue 9): the size of the Pagefind bundle, then keystroke-to-results timings in a
// browser (scripts/bench-search.mjs; skip with --no-search).
const sizeOf = (d) => readdirSync(d).reduce((n, name) => n + (statSync(join(d, name)).isDirectory() ? sizeOf(join(d, name)) : statSync(join(d, name)).size), 0);
const pagefindDir = join(dist, 'pagefind');
console.log(
  existsSync(pagefindDir) ? `\nSearch index (pagefind/): ${kB(sizeOf(pagefindDir))} kB in all, fetched only when search opens.` : '\nSearch index: none built.',
);
if (existsSync(pagefindDir) && !process.argv.includes('--no-search')) {
  try {
    execFileSync(process.execPath, ['scripts/bench-search.mjs'], { stdio: 'inherit' });
  } catch {
    console.log('Search timings could not be measured (see above).');
  }
}

// Interaction with a full portfolio (typing latency, export and import), how long saved answers
// take to reach the screen at phone size and 4x CPU (a text answer painted empty fails), the
// longest task while each activity page loads with that portfolio (over 50 ms fails), the review
// page taking in 30 hand-ins, one at the 5 MB limit (over 200 ms fails), then Lighthouse on one
// page of every type, then the survey network's measures and layout on a 150-person school, then
// the cohort board taking 500 answers. Skip with --no-interaction / --no-saved-paint /
// --no-longtasks / --no-review / --no-lighthouse / --no-survey-network / --no-board. A Lighthouse score
// under 100 makes the bench exit non-zero, like a budget breach.
for (const [flag, script, label] of [
  ['--no-interaction', 'scripts/bench-interaction.mjs', 'Interaction'],
  ['--no-saved-paint', 'scripts/bench-saved-paint.mjs', 'Saved answers at first paint'],
  ['--no-longtasks', 'scripts/bench-longtasks.mjs', 'Long tasks'],
  ['--no-review', 'scripts/bench-review.mjs', 'Review page'],
  ['--no-lighthouse', 'scripts/bench-lighthouse.mjs', 'Lighthouse'],
  ['--no-survey-network', 'scripts/bench-survey-network.mjs', 'Survey network (measures and layout, 150 people)'],
  ['--no-board', 'scripts/bench-board.mjs', 'Cohort board (500 answers pasted at once)'],
]) {
  if (process.argv.includes(flag)) continue;
  console.log(`\n${label}:`);
  try {
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
  } catch {
    process.exitCode = 1;
  }
}
