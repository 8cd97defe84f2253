/**
 * Pure helpers for the search index (src/integrations/pagefind.ts): which built pages go in,
 * under which URL, and how a page is split into several results. They read the HTML that our
 * own templates write, never arbitrary markup, and never change the files that are served.
 */

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

export interface SplitRecord {
  /** The element's id: the record's URL is the page's URL plus `#id`. */
  id: string;
  /** The element's outer HTML. */
  html: string;
}

const RECORD_ATTRIBUTE = 'data-search-record';

/**
 * Elements marked `data-search-record` (the glossary's entries) become results of their own,
 * so a learner who searches for a term lands on its definition rather than on a long page.
 * Each must have an id. Nested elements of the same tag are matched by depth.
 */
export function splitRecords(html: string): SplitRecord[] {
  const records: SplitRecord[] = [];
  const opening = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
  let match: RegExpExecArray | null;
  while ((match = opening.exec(html))) {
    const [tag, name = '', attributes = ''] = match;
    if (!new RegExp(`\\s${RECORD_ATTRIBUTE}(?:[\\s=]|$)`).test(attributes)) continue;
    const id = /\sid="([^"]+)"/.exec(attributes)?.[1];
    if (!id) throw new Error(`An element marked ${RECORD_ATTRIBUTE} has no id: ${tag}`);
    const end = closingIndex(html, name, match.index + tag.length);
    if (end < 0) throw new Error(`The element #${id} marked ${RECORD_ATTRIBUTE} is not closed.`);
    records.push({ id, html: html.slice(match.index, end) });
    opening.lastIndex = end;
  }
  return records;
}

/** Index just after the `</name>` that closes an element whose content starts at `from`. */
function closingIndex(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(html))) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** A split-out record as a document of its own, for Pagefind to index. */
export function recordDocument(record: SplitRecord): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div data-pagefind-body>${separateBoxes(record.html)}</div></body></html>`;
}

/** The files of the Pagefind bundle the course's own search UI needs (not Pagefind's UI kits or playground). */
export function isBundleFile(path: string, wasmLanguages: readonly string[]): boolean {
  if (/^(index|fragment|filter)\/[^/]+$/.test(path)) return true;
  if (/^pagefind\.[^/]+\.pf_meta$/.test(path)) return true;
  if (['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(path)) return true;
  return wasmLanguages.some((lang) => path === `wasm.${lang}.pagefind`);
}
