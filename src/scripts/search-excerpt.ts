/**
 * Pagefind's excerpts are HTML: the page's text with `<` and `>` escaped and the matched
 * words wrapped in `<mark>`. They are never given to innerHTML. They are split into plain
 * text runs and marked runs here, and the UI builds text nodes and <mark> elements from them,
 * so nothing in an excerpt can become markup or run as code.
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': '\u00a0' };

/** Decodes the few entities Pagefind's escaping can produce; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|nbsp|#39|#x27);/g, (e) => entities[e] ?? e);
}

/**
 * Splits an excerpt into text and marked runs. `<mark>` and `</mark>` are the only tags
 * recognised; any other tag is dropped (its text kept), and a stray `<` or `>` stays text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw.replace(/<\/?[a-zA-Z][^<>]*>/g, ''));
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const tag = /<(\/?)mark\s*>/gi;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(excerpt))) {
    push(excerpt.slice(from, m.index));
    mark = m[1] !== '/';
    from = m.index + m[0].length;
  }
  push(excerpt.slice(from));
  return parts;
}

/** The excerpt as plain text (for labels and tests). */
export function excerptText(excerpt: string): string {
  return excerptParts(excerpt)
    .map((p) => p.text)
    .join('');
}
