/**
 * The size-budget check (scripts/budgets.mjs) against a synthetic site, in a real Chromium: a
 * reading page within budget passes; a deliberately oversized script in a reading page's HTML
 * fails the at-load budget; a chunk fetched only when the bottom of a page scrolls into view
 * is still counted and fails the page budget; one fetched only on a click is not counted.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, measureSite } from '../../scripts/budgets.mjs';

/** Script text that gzip cannot shrink much: about 0.75 × `bytes` once compressed. */
const noise = (bytes: number) => `window.__noise = ${JSON.stringify(randomBytes(bytes).toString('base64'))};\n`;

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

let dir: string;
let rows: Awaited<ReturnType<typeof measureSite>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budget-site-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('_astro/small.js', 'document.documentElement.dataset.ok = "1";\n');
  write('_astro/oversized.js', noise(40 * 1024));
  write('_astro/late.js', noise(160 * 1024));
  write('_astro/on-click.js', noise(160 * 1024));
  write('sections/light/index.html', page('<p>Reading.</p>', '<script type="module" src="/_astro/small.js"></script>'));
  write('sections/oversized/index.html', page('<p>Reading.</p>', '<script type="module" src="/_astro/oversized.js"></script>'));
  // A tall page whose last block fetches a large chunk when it comes into view, as an island
  // with client:visible does; and a button that fetches another only when pressed.
  write(
    'activities/late/index.html',
    page(
      `<div style="height: 6000px">Long text.</div><div id="end">End</div><button id="go">Go</button>
       <script type="module">
         new IntersectionObserver((entries, o) => {
           if (entries.some((e) => e.isIntersecting)) { o.disconnect(); import('/_astro/late.js'); }
         }).observe(document.getElementById('end'));
         document.getElementById('go').addEventListener('click', () => import('/_astro/on-click.js'));
       </script>`,
    ),
  );
  rows = await measureSite({ dir, concurrency: 2 });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (page: string) => {
  const r = rows.find((x) => x.page === page);
  if (!r) throw new Error(`${page} was not measured`);
  return r;
};

describe('size budgets measured in a browser', () => {
  it('measures every page of the folder', () => {
    expect(rows.map((r) => r.page)).toEqual(['activities/late/', 'sections/light/', 'sections/oversized/']);
  });

  it('passes a reading page within budget', () => {
    expect(row('sections/light/').jsAtLoad).toBeGreaterThan(0);
    expect(checkBudgets([row('sections/light/')])).toEqual([]);
  });

  it('fails a reading page that loads an oversized script', () => {
    const r = row('sections/oversized/');
    expect(r.scripts).toContain('/_astro/oversized.js');
    expect(checkBudgets([r])).toEqual([expect.stringMatching(/^\/sections\/oversized\/: JS at load \d+\.\d kB gzip > 9\.5 kB on a reading page$/)]);
  });

  it("holds the course map to the reading pages' 9.5 kB at load, and no other page", () => {
    const heavy = { ...row('sections/oversized/'), page: 'course/', type: 'course' };
    expect(checkBudgets([heavy])).toEqual([expect.stringMatching(/^\/course\/: JS at load \d+\.\d kB gzip > 9\.5 kB on the course map$/)]);
    expect(checkBudgets([{ ...heavy, page: 'workbook/', type: 'workbook' }])).toEqual([]);
  });

  it('counts a chunk fetched when the page is scrolled through, but not one fetched on a click', () => {
    const r = row('activities/late/');
    expect(r.jsAtLoad).toBeLessThan(2 * 1024);
    expect(r.scripts).toContain('/_astro/late.js');
    expect(r.scripts).not.toContain('/_astro/on-click.js');
    expect(checkBudgets([r])).toEqual([expect.stringMatching(/^\/activities\/late\/: JS before any interaction \d+\.\d kB gzip > 112\.0 kB$/)]);
  });
});
