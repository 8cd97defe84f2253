// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/base-links.mjs';
import pagefindIndex from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import clientDirectives from './src/integrations/client-directives.ts';

// A provider may host the course under a sub-path (e.g. /courses/dl/): set BASE_PATH at build.
const base = process.env.BASE_PATH ?? '/';
/**
 * An inline script the CSP must let run, hashed from the file the page inlines it from.
 * @param {string} file
 * @returns {`sha256-${string}`}
 */
const inlineScriptHash = (file) =>
  `sha256-${createHash('sha256')
    .update(readFileSync(new URL(file, import.meta.url), 'utf8'))
    .digest('base64')}`;
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // OUT_DIR lets several checkouts or test runs build side by side without sharing dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // pagefindIndex() writes the search index into <outDir>/pagefind/ once the site is built.
  // serviceWorker() then writes sw.js, which caches the site for offline use.
  // clientDirectives() adds `client:stored` (hydrate only when a saved key exists) and
  // `client:files` (hydrate only once a file is chosen or dropped in the island).
  integrations: [
    // Islands render to one string, not a stream: React's streaming renderer moves a large
    // <Suspense> boundary (every worksheet block is one) out of line and puts it back with an
    // inline script, which the CSP refuses, leaving the block hidden and then drawn twice.
    react({ experimentalDisableStreaming: true }),
    mdx(),
    clientDirectives(),
    pagefindIndex(),
    serviceWorker(),
  ],
  markdown: {
    processor: satteri({ hastPlugins: [baseLinks(base)] }),
    // The course has no code to highlight, and Shiki's inline styles would be refused by the CSP.
    syntaxHighlight: false,
  },
  build: { format: 'directory' },
  // Content-Security-Policy as a <meta> tag: Astro hashes every script and style it emits, so
  // only the site's own code runs. Videos may frame youtube-nocookie.com, after a click.
  // A <meta> CSP cannot set frame-ancestors: see docs/deployment.md for host headers. No
  // manifest-src: the site has no web manifest, and WebKit logs an error for that directive.
  security: {
    csp: {
      // ShowSaved.astro: saved answers in their fields before first paint.
      scriptDirective: { hashes: [inlineScriptHash('./src/scripts/show-saved.inline.js')] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        'frame-src https://www.youtube-nocookie.com',
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // The site version goes into exported files, so an importer knows what wrote them.
  vite: {
    define: { __SITE_VERSION__: JSON.stringify(version) },
    build: {
      rolldownOptions: {
        // Astro's own "use astro:head-inject" marker in MDX modules draws this warning from every
        // lesson (withastro/astro#18087, open): a known false alarm that would hide real ones.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
        output: {
          // Every page loads the storage engine with the key names and base-path helper it
          // imports: one chunk, not three (each small chunk costs a request and its own gzip header).
          // The lesson-flush names go with them: the answer store imports them too, and left to
          // follow it they would pull the stores chunk into every lesson page's first load.
          codeSplitting: {
            groups: [
              { name: 'storage', test: /src[\\/](stores[\\/](storage|keys)|lib[\\/](paths|lesson-flush))\.ts$/ },
              { name: 'status', test: /src[\\/](lib[\\/](status|completeness)|blocks[\\/](completeness|[a-z-]+[\\/]complete))\.ts$/ },
              // The saved-answer stores a worksheet wakes with, and nanostores under them: one chunk.
              {
                name: 'stores',
                test: /src[\\/](stores[\\/](quarantine|persisted|answers|progress|storage-health)|lib[\\/](answers|answer-moves|ids))\.ts$|node_modules[\\/](nanostores|@nanostores[\\/]persistent)[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
});
