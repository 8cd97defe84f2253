/**
 * Writes <outDir>/sw.js after the build: the service worker template with the list of files
 * to cache, each with a revision (a hash of its content), and a version that changes whenever
 * any file does.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files every visitor may need offline: pages, scripts, styles, icons. The search index is cached on use instead. */
export function precacheList(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind') walk(p);
      } else if (name !== 'sw.js' && /\.(html|js|css|svg|json|woff2)$/.test(name)) {
        out.push(relative(dir, p).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'course-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = precacheList(root);
        const hash = createHash('sha256');
        const entries = files.map((f): [string, string | null] => {
          const content = readFileSync(join(root, f));
          hash.update(f).update(content);
          // Pages are cached by their directory URL, the address a visitor uses. Files under
          // _astro/ carry a hash in their names; every other file gets one as its revision.
          const url = base + f.replace(/(^|\/)index\.html$/, '$1');
          return [url, f.startsWith('_astro/') ? null : createHash('sha256').update(content).digest('hex').slice(0, 12)];
        });
        const version = hash.digest('hex').slice(0, 12);
        const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
        const worker = template.replace("'__VERSION__'", JSON.stringify(version)).replace("'__PRECACHE__'", JSON.stringify(JSON.stringify(entries)));
        // A formatter reflowing the template must never ship a worker that caches nothing.
        if (worker.includes('__PRECACHE__') || worker.includes('__VERSION__'))
          throw new Error('sw-template.js: the __VERSION__ or __PRECACHE__ placeholder was not found');
        writeFileSync(join(root, 'sw.js'), worker);
        logger.info(`sw.js: ${entries.length} files precached, version ${version}`);
      },
    },
  };
}
