/**
 * Sorting exercises: the learner places each item in a category; the content gives the
 * category the course would choose and why. Pure; unit-tested in tests/unit/sort.test.ts.
 */

export interface SortItem {
  id: string;
  label: string;
  answer: string;
}

export interface SortCategory {
  id: string;
  label: string;
}

export interface SortScore {
  /** Items the learner has placed (in a category that exists). */
  placed: number;
  /** Placed items whose category matches the suggested one. */
  matched: number;
  total: number;
}

export function sortScore(items: readonly SortItem[], categories: readonly SortCategory[], chosen: Readonly<Record<string, string>> | undefined): SortScore {
  const ids = new Set(categories.map((c) => c.id));
  let placed = 0;
  let matched = 0;
  for (const item of items) {
    const c = chosen?.[item.id];
    if (c === undefined || !ids.has(c)) continue;
    placed += 1;
    if (c === item.answer) matched += 1;
  }
  return { placed, matched, total: items.length };
}

/** Items grouped by the category the learner chose, in category order; unplaced items last. */
export function byCategory<I extends SortItem>(
  items: readonly I[],
  categories: readonly SortCategory[],
  chosen: Readonly<Record<string, string>> | undefined,
): { category: SortCategory | undefined; items: I[] }[] {
  const groups = categories.map((category) => ({ category: category as SortCategory | undefined, items: items.filter((i) => chosen?.[i.id] === category.id) }));
  const ids = new Set(categories.map((c) => c.id));
  const rest = items.filter((i) => {
    const c = chosen?.[i.id];
    return c === undefined || !ids.has(c);
  });
  return [...groups, { category: undefined, items: rest }];
}

export function describeScore(s: SortScore): string {
  if (s.placed === 0) return `None of the ${s.total} items sorted yet.`;
  const left = s.total - s.placed;
  return `${s.placed} of ${s.total} sorted; ${s.matched} ${s.matched === 1 ? 'matches' : 'match'} the suggested answer${left ? `; ${left} still to sort` : ''}.`;
}
