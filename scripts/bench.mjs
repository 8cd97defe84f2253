// Performance figures for the built site: build time, and per page type the bytes of HTML,
// CSS and JavaScript (raw and gzip) a visitor downloads at load, plus the JavaScript of the
// interactive islands once they wake. Budgets (issue 12) are checked: breaches are listed and
// the command exits non-zero. Then the search index size and timings (scripts/bench-search.mjs).
// Usage: npm run bench [-- --no-build] [--no-search] [--no-interaction] [--no-lighthouse];
// OUT_DIR reads another build folder.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const kB = (n) => (n / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

let buildSeconds;
if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  buildSeconds = (performance.now() - t0) / 1000;
}
if (!existsSync(dist)) throw new Error(`No ${dist} folder: run the build first.`);

function pages(dir = dist) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!['_astro', 'pagefind'].includes(name)) out.push(...pages(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** A file of the site by its URL path (base path stripped). */
const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
const fileFor = (url) => join(dist, url.replace(base, '').split('?')[0]);

/** A JS module and every module it imports statically, each counted once. */
function moduleGraph(url, seen = new Set()) {
  const file = fileFor(url);
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.') || spec.startsWith('/'))
      moduleGraph(
        spec.startsWith('/')
          ? spec
          : '/' +
              relative(dist, resolve(dirname(file), spec))
                .split(sep)
                .join('/'),
        seen,
      );
  }
  return seen;
}

const sum = (files) => {
  const bufs = [...files].map((f) => readFileSync(f));
  return { raw: bufs.reduce((n, b) => n + b.length, 0), gzip: bufs.reduce((n, b) => n + gz(b), 0) };
};

function typeOf(path) {
  const p = path.replace(dist, '').replace(/index\.html$/, '');
  if (p === '/' || p === '') return 'home';
  const first = p.split('/')[1];
  return { sections: 'section', activities: 'activity', readings: 'reading', scenarios: 'scenario' }[first] ?? first.replace(/\.html$/, '');
}

const readingTypes = new Set(['section', 'reading', 'glossary', 'about']);
const rows = [];
for (const file of pages()) {
  const html = readFileSync(file, 'utf8');
  const css = new Set();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(fileFor(m[1]));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const js = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) moduleGraph(m[1], js);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const islands = new Set(js);
  for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) moduleGraph(m[1], islands);
  const cssSize = sum(css);
  const jsSize = sum(js);
  const islandSize = sum(islands);
  rows.push({
    page: '/' + relative(dist, file).replace(/index\.html$/, ''),
    type: typeOf(file),
    html: { raw: Buffer.byteLength(html), gzip: gz(Buffer.from(html)) },
    css: { raw: cssSize.raw + inlineCss.length, gzip: cssSize.gzip + (inlineCss ? gz(Buffer.from(inlineCss)) : 0) },
    js: { raw: jsSize.raw + inlineJs.length, gzip: jsSize.gzip + (inlineJs ? gz(Buffer.from(inlineJs)) : 0) },
    interactive: { raw: islandSize.raw + inlineJs.length, gzip: islandSize.gzip + (inlineJs ? gz(Buffer.from(inlineJs)) : 0) },
  });
}

const budgets = { html: 30 * 1024, css: 16 * 1024, readingJs: 8 * 1024, interactiveJs: 100 * 1024 };
const breaches = [];
for (const r of rows) {
  if (r.html.gzip > budgets.html) breaches.push(`${r.page}: HTML ${kB(r.html.gzip)} kB gzip > 30 kB`);
  if (r.css.gzip > budgets.css) breaches.push(`${r.page}: CSS ${kB(r.css.gzip)} kB gzip > 16 kB`);
  if (readingTypes.has(r.type) && r.js.gzip > budgets.readingJs) breaches.push(`${r.page}: JS at load ${kB(r.js.gzip)} kB gzip > 8 kB on a reading page`);
  if (r.interactive.gzip > budgets.interactiveJs) breaches.push(`${r.page}: JS with islands ${kB(r.interactive.gzip)} kB gzip > 100 kB`);
}

console.log(buildSeconds === undefined ? 'Build: skipped (--no-build)' : `Build time: ${buildSeconds.toFixed(1)} s`);
console.log(`Pages: ${rows.length}\n`);
console.log('Largest page of each type, kB (raw / gzip):');
const header = ['type', 'pages', 'HTML', 'CSS', 'JS at load', 'JS with islands', 'largest page'];
const table = [];
for (const type of [...new Set(rows.map((r) => r.type))].sort()) {
  const of = rows.filter((r) => r.type === type);
  const max = (k) => of.reduce((a, r) => (r[k].gzip > a[k].gzip ? r : a));
  const fmt = (k) => `${kB(max(k)[k].raw)} / ${kB(max(k)[k].gzip)}`;
  table.push([type, String(of.length), fmt('html'), fmt('css'), fmt('js'), fmt('interactive'), max('interactive').page]);
}
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
for (const r of [header, ...table]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));

if (breaches.length) {
  console.log(`\nBudget breaches (${breaches.length}):\n - ${breaches.join('\n - ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll pages within budget (HTML ≤ 30 kB, CSS ≤ 16 kB, JS ≤ 8 kB on reading pages, ≤ 100 kB with islands; gzip).');
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

// Interaction with a full portfolio (typing latency, export and import), then Lighthouse on
// one page of every type. Skip with --no-interaction / --no-lighthouse. A Lighthouse score
// under 100 makes the bench exit non-zero, like a budget breach.
for (const [flag, script, label] of [
  ['--no-interaction', 'scripts/bench-interaction.mjs', 'Interaction'],
  ['--no-lighthouse', 'scripts/bench-lighthouse.mjs', 'Lighthouse'],
]) {
  if (process.argv.includes(flag)) continue;
  console.log(`\n${label}:`);
  try {
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
  } catch {
    process.exitCode = 1;
  }
}
