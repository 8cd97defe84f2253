/**
 * Builds the client-side search index with Pagefind's Node API once Astro has written the
 * site. Only lesson content is indexed: pages opt in with `data-pagefind-body` (navigation
 * pages such as the home page, course map and workbook do not), worksheets and discussion
 * prompts carry `data-pagefind-ignore`, and facilitator guides `data-pagefind-ignore="all"`.
 * Glossary entries are results of their own at `/glossary/#term`, indexed from the course's
 * data (src/lib/search-records.ts), which the build writes to search-records.json; that file
 * is read here and removed, so it is not served or cached.
 *
 * The bundle is written to `<outDir>/pagefind/` with only the files the course's own search
 * UI loads (src/scripts/search-ui.ts); Pagefind's UI kits are left out. Any indexing error
 * fails the build, so a site never ships with a broken or partial index.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { readSearchRecords, SEARCH_RECORDS_FILE } from '../lib/search-records';
import { isBundleFile, isIndexable, pageUrl, recordDocument, separateBoxes } from './pagefind-html';

async function htmlFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === root && (entry.name === 'pagefind' || entry.name === '_astro')) continue;
      out.push(...(await htmlFiles(path, root)));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'course:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const { index, errors: createErrors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        const errors: string[] = [];
        let pages = 0;
        let records = 0;
        try {
          for (const file of await htmlFiles(root)) {
            const html = await readFile(file, 'utf8');
            if (!isIndexable(html)) continue;
            const url = pageUrl(relative(root, file));
            const added = await index.addHTMLFile({ url, content: separateBoxes(html) });
            errors.push(...added.errors.map((e) => `${url}: ${e}`));
            pages++;
          }
          const recordsFile = join(root, SEARCH_RECORDS_FILE);
          for (const record of readSearchRecords(await readFile(recordsFile, 'utf8'))) {
            const added = await index.addHTMLFile({ url: record.url, content: recordDocument(record) });
            errors.push(...added.errors.map((e) => `${record.url}: ${e}`));
            records++;
          }
          await rm(recordsFile);
          if (errors.length > 0) throw new Error(`Search index: ${errors.join('\n')}`);

          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length > 0) throw new Error(`Search index: ${fileErrors.join('\n')}`);
          const entryFile = files.find((f) => f.path === 'pagefind-entry.json');
          if (!entryFile) throw new Error('Search index: Pagefind wrote no pagefind-entry.json.');
          const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as { languages: Record<string, { wasm?: string }> };
          const wasm = Object.values(entry.languages).map((l) => l.wasm ?? 'unknown');

          const outDir = join(root, 'pagefind');
          await rm(outDir, { recursive: true, force: true });
          let bytes = 0;
          let count = 0;
          for (const f of files) {
            if (!isBundleFile(f.path, wasm)) continue;
            const target = join(outDir, f.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, f.content);
            bytes += f.content.byteLength;
            count++;
          }
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${pages} pages and ${records} glossary entries: ${count} files, ${(bytes / 1024).toFixed(0)} kB, in ${ms} ms.`);
        } finally {
          await close();
        }
      },
    },
  };
}
