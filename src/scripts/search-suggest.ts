/**
 * "Did you mean" for a search with no results: the titles (pages and glossary terms) that
 * look most like what was typed, by letter-trigram similarity. A misspelt "psycological
 * safty" finds "Psychological safety"; a typo in one word of a longer title ("vrom") finds
 * the title that contains the word.
 */

export interface SuggestionTarget {
  title: string;
  url: string;
  kind: string;
}

/** Lower-case words without accents or punctuation. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function trigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const word of text.split(' ')) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

/** Dice coefficient of two texts' trigram multisets, 0 to 1. */
export function similarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How well a query matches a title: the whole title, or its best run of as many words as the query has. */
export function matchScore(query: string, title: string): number {
  const q = words(query);
  const t = words(title);
  if (q.length === 0 || t.length === 0) return 0;
  let best = similarity(q.join(' '), t.join(' '));
  for (let i = 0; i + q.length <= t.length; i++) {
    best = Math.max(best, similarity(q.join(' '), t.slice(i, i + q.length).join(' ')) * 0.95);
  }
  return best;
}

/** Up to `limit` titles like the query, best first, none below `threshold`. */
export function suggest(query: string, targets: readonly SuggestionTarget[], limit = 3, threshold = 0.45): SuggestionTarget[] {
  const seen = new Set<string>();
  return targets
    .map((t) => ({ t, score: matchScore(query, t.title) }))
    .filter(({ score }) => score >= threshold)
    .sort((a, b) => b.score - a.score || a.t.title.localeCompare(b.t.title))
    .map(({ t }) => t)
    .filter((t) => !seen.has(t.url) && seen.add(t.url))
    .slice(0, limit);
}

/** Length of the prefix two words share. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a result's highlighted words really answer the query. Pagefind falls back to very
 * loose matches for a word it does not know ("psycological" highlights "p."); a highlight
 * counts when it shares the first four letters (or the whole word, if shorter) with a word
 * of the query. A result with no highlight at all is given the benefit of the doubt.
 */
export function isCloseMatch(query: string, marked: readonly string[]): boolean {
  if (marked.length === 0) return true;
  const q = words(query);
  return marked.some((m) => words(m).some((w) => q.some((qw) => sharedPrefix(w, qw) >= Math.min(qw.length, 4))));
}
