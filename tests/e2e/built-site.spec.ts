/**
 * Checks over the built files themselves (no browser needed): valid HTML on every page,
 * every internal link and fragment resolves, every external URL is well formed and listed in
 * reports/external-links.md with its page, and the Content-Security-Policy allows every inline
 * script by its hash. No external URL is ever fetched.
 */
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './site';

const dist = process.env['OUT_DIR'] ?? 'dist';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/, '');
const pages = builtPages(dist);
const html = new Map(pages.map((p) => [p, readFileSync(join(dist, p, 'index.html'), 'utf8')]));

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro and React emit these legitimately; each is a style choice, not an error.
      'no-inline-style': 'off',
      'attribute-boolean-style': 'off',
      'attribute-empty-style': 'off',
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      'long-title': 'off',
      'prefer-native-element': 'off',
      'no-redundant-role': 'off',
      'doctype-style': 'off',
      'element-case': 'off',
      'attr-case': 'off',
      // React's useId gives ids like "_r1_"; HTML5 allows any id without spaces.
      'valid-id': ['error', { relaxed: true }],
    },
    // Astro places its island <style> before the first island, inside the body.
    elements: ['html5', { 'astro-island': { flow: true, phrasing: true }, 'astro-slot': { flow: true, phrasing: true }, style: { flow: true } }],
  });
  const problems: string[] = [];
  for (const [page, text] of html) {
    const report = await validator.validateString(text, page);
    for (const r of report.results) for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems.slice(0, 40), `${problems.length} HTML problems`).toEqual([]);
});

test("every inline script is allowed by its page's CSP hash, and no island was streamed", () => {
  const refused: string[] = [];
  for (const [page, text] of html) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"[^>]*>/i.exec(text);
    if (!meta) {
      refused.push(`${page}: no Content-Security-Policy`);
      continue;
    }
    const scriptSrc = /script-src ([^;]+)/.exec(meta[1]!)?.[1] ?? '';
    // A <meta> policy governs what comes after it: the pre-paint theme script runs before it.
    for (const m of text.slice(meta.index).matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) refused.push(`${page}: ${m[1]!.slice(0, 60)}`);
    }
    // React's streaming markers: a boundary put back by a script the CSP would refuse.
    if (text.includes('<!--$?-->')) refused.push(`${page}: a streamed React boundary (<!--$?-->)`);
  }
  expect(refused).toEqual([]);
});

test('internal links and fragments resolve; external links are well formed and reported', () => {
  const ids = new Map<string, Set<string>>();
  for (const [page, text] of html) ids.set(page, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  const broken: string[] = [];
  const external: { page: string; url: string }[] = [];
  for (const [page, text] of html) {
    for (const m of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(mailto:|data:|blob:)/.test(raw)) continue;
      if (/^https?:\/\//.test(raw)) {
        try {
          const u = new URL(raw);
          if (!/^https?:$/.test(u.protocol) || !u.hostname.includes('.')) broken.push(`${page}: malformed external URL ${raw}`);
          else if (!u.hostname.startsWith('127.0.0.1') && !u.hostname.startsWith('localhost')) external.push({ page, url: raw });
        } catch {
          broken.push(`${page}: malformed external URL ${raw}`);
        }
        continue;
      }
      if (raw.startsWith('//')) {
        broken.push(`${page}: protocol-relative URL ${raw}`);
        continue;
      }
      const target = new URL(raw, `http://site${base}${page}`);
      let path = decodeURIComponent(target.pathname);
      if (base && !path.startsWith(base)) {
        broken.push(`${page}: ${raw} leaves the base path`);
        continue;
      }
      path = path.slice(base.length) || '/';
      const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      if (!existsSync(file)) {
        broken.push(`${page}: ${raw} → no file ${file}`);
        continue;
      }
      const hash = target.hash.slice(1);
      // Fragments that carry state for the page's script, not an element: a pathway, a plan, a
      // search, the activity a board opens for, a plan item, a sealed answer, the block to resume.
      if (hash && path.endsWith('/') && !/^(p|id|plan|q|activity|board|item|r|continue)=/.test(hash)) {
        const targetIds = ids.get(path);
        if (targetIds && !targetIds.has(decodeURIComponent(hash))) broken.push(`${page}: ${raw} → no element with id "${hash}" on ${path}`);
      }
    }
  }
  mkdirSync('reports', { recursive: true });
  const byUrl = new Map<string, string[]>();
  for (const e of external) byUrl.set(e.url, [...new Set([...(byUrl.get(e.url) ?? []), e.page])]);
  writeFileSync(
    'reports/external-links.md',
    `# External links in the built site\n\nGenerated by tests/e2e/built-site.spec.ts. None is fetched by the tests.\n\n| URL | pages |\n| --- | --- |\n${[
      ...byUrl,
    ]
      .sort()
      .map(([u, p]) => `| ${u} | ${p.join(', ')} |`)
      .join('\n')}\n`,
  );
  expect(broken).toEqual([]);
  expect(byUrl.size).toBeGreaterThan(10);
});

test('external links open safely and say they leave the site', () => {
  const unsafe: string[] = [];
  for (const [page, text] of html) {
    for (const m of text.matchAll(/<a\s[^>]*href="https?:\/\/[^"]+"[^>]*>/g)) {
      const tag = m[0];
      if (!/rel="[^"]*noopener[^"]*"/.test(tag) || !/rel="[^"]*noreferrer[^"]*"/.test(tag)) unsafe.push(`${page}: ${tag}`);
    }
  }
  expect(unsafe.slice(0, 20)).toEqual([]);
});
