/**
 * Pure helpers for the search index (src/integrations/pagefind.ts): which built pages go in,
 * under which URL, and which of Pagefind's files are kept. They read the HTML that our
 * own templates write, never arbitrary markup, and never change the files that are served.
 */
import type { SearchRecord } from '../lib/search-records';

/** The URL a built file is served at, relative to the site root: "sections/x/index.html" → "/sections/x/". */
export function pageUrl(relativePath: string): string {
  const path = relativePath.split('\\').join('/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** Pages that mark their lesson content for search. Navigation pages (home, course map, workbook) do not. */
export function isIndexable(html: string): boolean {
  return /\sdata-pagefind-body[\s=>]/.test(html);
}

/**
 * Astro writes HTML without whitespace between tags, and Pagefind joins the text of adjacent
 * table-like and inline boxes into one word ("PrincipalMr. Devers", "decisionsSee also"). In
 * the copy that is indexed (never the served page), a space follows the closing tag of the
 * elements that our pages lay out as separate boxes.
 */
export function separateBoxes(html: string): string {
  return html.replace(/(<\/(?:dt|dd|span|summary|figcaption|caption|th|td|label|li)>)(?=<)/gi, '$1 ');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A record that is not a page (src/lib/search-records.ts) as a document of its own, for Pagefind
 * to index: a definition list, as the glossary page shows it (a heading would weigh the title
 * several times over and put a term's entry above the lesson that teaches it).
 */
export function recordDocument(record: SearchRecord): string {
  const filters = Object.entries(record.filters)
    .flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${escape(name)}[data-value]" data-value="${escape(value)}"></span>`))
    .join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div data-pagefind-body>' +
    `<dl><dt data-pagefind-meta="title">${escape(record.title)}</dt> <dd data-pagefind-weight="0.5">${escape(record.text)}</dd></dl>${filters}</div></body></html>`
  );
}

/** The files of the Pagefind bundle the course's own search UI needs (not Pagefind's UI kits or playground). */
export function isBundleFile(path: string, wasmLanguages: readonly string[]): boolean {
  if (/^(index|fragment|filter)\/[^/]+$/.test(path)) return true;
  if (/^pagefind\.[^/]+\.pf_meta$/.test(path)) return true;
  if (['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(path)) return true;
  return wasmLanguages.some((lang) => path === `wasm.${lang}.pagefind`);
}
