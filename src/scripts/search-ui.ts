/**
 * The search UI, loaded on first use (by search-launcher.ts for the dialog, by the search
 * page for /search/). It drives the markup of SearchPanel.astro with Pagefind's JS API:
 *
 * - the input is an ARIA combobox; results are a listbox of links (role="option"), each
 *   result followed by up to three sub-results that open the page at the matching heading;
 *   ↑/↓ move the active result, Enter opens it, Esc closes the dialog (native);
 * - filters: kind (radio chips with counts), report section and activity (menus filled from
 *   the index);
 * - excerpts are built from text nodes and <mark> elements, never parsed as HTML;
 * - no results: what was searched, filters to drop, titles that look alike, and ways on;
 * - after the first search, the rest of the index loads in the background, so search keeps
 *   working offline for as long as the page stays open.
 *
 * Each rendered search dispatches `search:results` on the panel, with the time from the
 * keystroke to the results on screen (read by scripts/bench-search.mjs).
 */
import { url } from '../lib/paths';
import { lessonLabel } from '../lib/vocabulary';
import { byLeadingNumber, searchKinds } from '../lib/search-filters';
import { excerptParts, excerptText } from './search-excerpt';
import { loadAllFragments, loadFragments } from './search-fragments';
import { isCloseMatch, suggest, type SuggestionTarget } from './search-suggest';

interface WeightedLocation {
  balanced_score: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: WeightedLocation[];
  anchor?: { element: string; id: string };
}
interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

type FilterName = 'kind' | 'section' | 'activity';
type Filters = Partial<Record<FilterName, string>>;

/** Results shown at first and added by "Show more results". */
const PAGE_SIZE = 8;
const BASE = url('/');

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's runtime, from this site's bundle (base path included). Loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    pagefind = (async () => {
      const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
      // Glossary entries are short records; a lighter length bonus keeps them from outranking
      // the lesson that explains a phrase their definition merely mentions.
      await pf.options({ baseUrl: BASE, excerptLength: 24, ranking: { pageLength: 0.4 } });
      await pf.init();
      return pf;
    })();
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}

let everything: Promise<SuggestionTarget[]> | undefined;

/** Every record's title, URL and kind (loads every fragment: used for "did you mean" and to warm the cache). */
function allTargets(pf: Pagefind): Promise<SuggestionTarget[]> {
  if (!everything) {
    everything = (async () => {
      const all = await pf.search(null, { filters: {} });
      const fragments = await loadAllFragments(all.results);
      return fragments.map((f) => ({ title: f.meta['title'] ?? f.url, url: f.url, kind: f.filters['kind']?.[0] ?? '' }));
    })();
    everything.catch(() => (everything = undefined));
  }
  return everything;
}

let warming: Promise<void> | undefined;

/**
 * Loads the whole index into Pagefind's memory (filters, every word chunk, every fragment),
 * so that later searches need no network. The site's index is small (a few hundred kB).
 */
function warm(pf: Pagefind): Promise<void> {
  warming ??= (async () => {
    await pf.filters();
    for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') await pf.preload(c);
    await allTargets(pf);
  })().catch(() => {
    warming = undefined;
  });
  return warming;
}

const kindLabel = new Map<string, string>(searchKinds.map((k) => [k.value, k.one]));

/** "4. Conditions and skills" → "Conditions and skills". */
const afterNumber = (value: string | undefined): string | undefined => value?.replace(/^\d+\.\s*/, '');

/** The line above a result's title: what it is, where it belongs, how long it takes. */
export function contextLine(fragment: PagefindFragment): string {
  const kind = fragment.filters['kind']?.[0] ?? '';
  const section = fragment.filters['section']?.[0];
  const time = fragment.meta['time'];
  const parts: (string | undefined)[] = [];
  if (kind === 'section') parts.push(section ? lessonLabel('section', parseInt(section, 10)) : lessonLabel('section'), time);
  else if (kind === 'activity')
    parts.push(lessonLabel('activity', parseInt(fragment.filters['activity']?.[0] ?? '', 10) || undefined), afterNumber(section), time);
  else if (kind === 'reading') parts.push('Reading guide', fragment.meta['byline'], time);
  else if (kind === 'scenario') parts.push('Scenario lab', afterNumber(section), time);
  else if (kind === 'glossary') parts.push('Glossary', section ? `taught in ${afterNumber(section)}` : undefined);
  else parts.push(kindLabel.get(kind) ?? 'Page');
  return parts.filter(Boolean).join(' · ');
}

function excerptNode(excerpt: string, className = 'search-excerpt'): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      span.append(mark);
    } else span.append(part.text);
  }
  return span;
}

/** The highlighted words of an excerpt. */
function markedWords(excerpt: string): string[] {
  return excerptParts(excerpt)
    .filter((p) => p.mark)
    .map((p) => p.text);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Up to three sections of a page that match, best first; none for the page's opening. */
function subResults(fragment: PagefindFragment): PagefindSubResult[] {
  const score = (s: PagefindSubResult) => s.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);
  return fragment.sub_results
    .filter((s) => s.anchor && s.url !== fragment.url && s.weighted_locations.length > 0)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
}

export interface MountOptions {
  /** The dialog the panel lives in; absent on the search page. */
  dialog?: HTMLDialogElement;
  /** Keep the query and filters in the page's URL (the search page). */
  syncUrl?: boolean;
}

const mounted = new WeakSet<HTMLElement>();

/** Takes over a SearchPanel. Safe to call more than once. */
export function mountSearch(root: HTMLElement, options: MountOptions = {}): void {
  if (mounted.has(root)) return;
  mounted.add(root);
  new SearchPanel(root, options);
}

function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search panel: missing ${selector}`);
  return found;
}

class SearchPanel {
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly kinds: HTMLInputElement[];
  private readonly selects: Record<'section' | 'activity', HTMLSelectElement>;
  private readonly filterBox: HTMLDetailsElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly empty: HTMLElement;
  private readonly moreWrap: HTMLElement;
  private readonly ready: Promise<Pagefind>;
  private seq = 0;
  private typedAt = new Map<number, number>();
  private lastInput = 0;
  private response: PagefindResponse | undefined;
  private shown = 0;
  private active = -1;
  private optionCount = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Section and activity asked for in the URL, applied once their menus are filled. */
  private pendingMenus: Record<'section' | 'activity', string> | undefined;
  private readonly root: HTMLElement;
  private readonly options: MountOptions;

  constructor(root: HTMLElement, options: MountOptions) {
    this.root = root;
    this.options = options;
    this.form = must(root, 'form[role="search"]');
    this.input = must(root, 'input[name="q"]');
    this.kinds = [...root.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
    this.selects = { section: must(root, 'select[name="section"]'), activity: must(root, 'select[name="activity"]') };
    this.filterBox = must(root, '[data-search-filters]');
    this.status = must(root, '[data-search-status]');
    this.list = must(root, '[data-search-results]');
    this.empty = must(root, '[data-search-empty]');
    this.moreWrap = must(root, '[data-search-more-wrap]');

    if (options.syncUrl) this.readUrl();
    this.bind();
    root.dataset['searchState'] = 'loading';
    this.ready = loadPagefind();
    this.ready.then(
      (pf) => {
        root.dataset['searchState'] = 'ready';
        void this.fillFilterMenus(pf);
        // Load the rest of the index while the learner reads the first results.
        setTimeout(() => void warm(pf).then(() => (root.dataset['searchOffline'] = 'ready')), 1500);
      },
      () => {
        root.dataset['searchState'] = 'error';
        this.say('Search is not available: its index could not be loaded. The course map and the glossary list everything in the course.');
      },
    );
    if (this.input.value.trim()) void this.run();
  }

  private bind(): void {
    this.input.addEventListener('input', () => {
      this.lastInput = performance.now();
      void this.run();
    });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.form.addEventListener('change', (e) => {
      if (e.target !== this.input) void this.run();
    });
    this.form.addEventListener('submit', (e) => {
      const option = this.optionAt(this.active);
      if (option) {
        e.preventDefault();
        this.go(option);
      } else if (!this.options.dialog) {
        // On the search page the results are already live; in the dialog with nothing to
        // open, the form goes on to the search page as a plain GET.
        e.preventDefault();
        void this.run();
      }
    });
    this.list.addEventListener('click', (e) => {
      const option = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[role="option"]') : null;
      if (option) this.closeIfSamePage(option);
    });
    this.empty.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const query = target?.closest<HTMLButtonElement>('button[data-query]')?.dataset['query'];
      if (query !== undefined) {
        this.input.value = query;
        this.input.focus();
        void this.run();
      } else if (target?.closest('button[data-clear-filters]')) {
        this.clearFilters();
        this.input.focus();
        void this.run();
      } else {
        const link = target?.closest('a');
        if (link) this.closeIfSamePage(link);
      }
    });
    must<HTMLButtonElement>(this.root, '[data-search-more]').addEventListener('click', () => void this.showMore());
    const dialog = this.options.dialog;
    if (dialog) {
      // Light dismiss for browsers without closedby="any": a click on the backdrop.
      dialog.addEventListener('click', (e) => {
        if (e.target === dialog) dialog.close();
      });
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const count = this.optionCount;
      if (count === 0) return;
      e.preventDefault();
      // Wraps around at either end.
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.setActive(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
    } else if (e.key === 'Enter' && !e.isComposing) {
      const option = this.optionAt(this.active);
      if (option) {
        e.preventDefault();
        this.go(option);
      }
    }
  }

  private filters(): Filters {
    const out: Filters = {};
    const kind = this.kinds.find((k) => k.checked)?.value;
    if (kind) out.kind = kind;
    if (this.selects.section.value) out.section = this.selects.section.value;
    if (this.selects.activity.value) out.activity = this.selects.activity.value;
    return out;
  }

  private clearFilters(): void {
    for (const k of this.kinds) k.checked = k.value === '';
    this.selects.section.value = '';
    this.selects.activity.value = '';
  }

  private readUrl(): void {
    const params = new URLSearchParams(window.location.search);
    this.input.value = params.get('q') ?? '';
    const kind = params.get('kind') ?? '';
    for (const k of this.kinds) k.checked = k.value === kind;
    if (!this.kinds.some((k) => k.checked)) this.kinds[0]!.checked = true;
    this.pendingMenus = { section: params.get('section') ?? '', activity: params.get('activity') ?? '' };
  }

  private writeUrl(query: string, filters: Filters): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
    const search = params.toString();
    const next = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }

  private async fillFilterMenus(pf: Pagefind): Promise<void> {
    const counts = await pf.filters();
    let any = false;
    for (const name of ['section', 'activity'] as const) {
      const select = this.selects[name];
      const values = Object.keys(counts[name] ?? {}).sort(byLeadingNumber);
      for (const value of values) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = value;
        select.append(option);
      }
      any ||= values.length > 0;
      const wanted = this.pendingMenus?.[name];
      if (wanted && values.includes(wanted)) {
        select.value = wanted;
        this.filterBox.open = true;
      }
    }
    this.filterBox.hidden = !any;
    if (this.pendingMenus && (this.selects.section.value || this.selects.activity.value)) void this.run();
    this.pendingMenus = undefined;
  }

  private async run(): Promise<void> {
    const seq = ++this.seq;
    this.typedAt.set(seq, this.lastInput || performance.now());
    const query = this.input.value.trim();
    const filters = this.filters();
    if (this.options.syncUrl) this.writeUrl(query, filters);
    if (!query) {
      this.reset();
      return;
    }
    let pf: Pagefind;
    try {
      pf = await this.ready;
    } catch {
      return;
    }
    if (seq !== this.seq) return;
    const { kind, ...others } = filters;
    // Counts per kind come from a search without the kind filter; the results, with it.
    const [unkinded, filtered] = await Promise.all([pf.search(query, { filters: others }), kind ? pf.search(query, { filters }) : undefined]);
    let across = unkinded;
    if (seq !== this.seq) return;
    let response = filtered ?? across;
    let fragments = await loadFragments(response.results.slice(0, PAGE_SIZE));
    if (seq !== this.seq) return;
    // Only loose matches (a misspelt word matched on its first letter): treat as no results,
    // so the learner sees suggestions instead of noise.
    if (fragments.length > 0 && !fragments.some((f) => isCloseMatch(query, markedWords(f.excerpt)))) {
      response = { ...response, results: [], unfilteredResultCount: 0 };
      fragments = [];
      across = { ...across, results: [], filters: {} };
    }

    this.response = response;
    this.showCounts(across);
    this.list.replaceChildren();
    this.optionCount = 0;
    this.shown = 0;
    this.appendResults(fragments);
    this.setActive(this.optionCount > 0 ? 0 : -1);
    const total = response.results.length;
    this.list.hidden = total === 0;
    this.input.setAttribute('aria-expanded', String(total > 0));
    this.moreWrap.hidden = this.shown >= total;
    // The no-results box says it on screen; the status line still reads it out.
    this.status.classList.toggle('visually-hidden', total === 0);
    if (total === 0) await this.renderEmpty(pf, query, filters, response, seq);
    else {
      this.empty.hidden = true;
      this.empty.replaceChildren();
    }
    if (seq !== this.seq) return;
    this.announce(this.summary(query, total, filters));
    this.reportTiming(seq, query, total);
  }

  private reportTiming(seq: number, query: string, count: number): void {
    const typed = this.typedAt.get(seq);
    this.typedAt.clear();
    if (typed === undefined) return;
    const ms = performance.now() - typed;
    this.root.dataset['searchMs'] = ms.toFixed(1);
    this.root.dispatchEvent(new CustomEvent('search:results', { bubbles: true, detail: { query, count, ms } }));
  }

  private reset(): void {
    this.response = undefined;
    this.status.classList.remove('visually-hidden');
    this.list.replaceChildren();
    this.list.hidden = true;
    this.optionCount = 0;
    this.setActive(-1);
    this.input.setAttribute('aria-expanded', 'false');
    this.empty.hidden = true;
    this.empty.replaceChildren();
    this.moreWrap.hidden = true;
    for (const count of this.root.querySelectorAll<HTMLElement>('[data-count]')) count.textContent = '';
    this.announce('');
  }

  private showCounts(across: PagefindResponse): void {
    const byKind = across.filters['kind'] ?? {};
    for (const count of this.root.querySelectorAll<HTMLElement>('[data-count]')) {
      const kind = count.dataset['count'] ?? '';
      count.textContent = ` (${kind ? (byKind[kind] ?? 0) : across.results.length})`;
    }
  }

  private summary(query: string, total: number, filters: Filters): string {
    const what = total === 1 ? 'result' : 'results';
    const narrowed = Object.keys(filters).length > 0 ? ' with the filters chosen' : '';
    return total === 0 ? `No results for “${query}”${narrowed}.` : `${total} ${what} for “${query}”${narrowed}.`;
  }

  /** The status line is read out after typing settles, not at every keystroke. */
  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    if (!text) {
      this.status.textContent = '';
      return;
    }
    this.announceTimer = setTimeout(() => (this.status.textContent = text), 400);
  }

  private say(text: string): void {
    clearTimeout(this.announceTimer);
    this.status.textContent = text;
  }

  private async showMore(): Promise<void> {
    const response = this.response;
    if (!response) return;
    const seq = this.seq;
    const fragments = await loadFragments(response.results.slice(this.shown, this.shown + PAGE_SIZE));
    if (seq !== this.seq) return;
    const firstNew = this.optionCount;
    this.appendResults(fragments);
    this.moreWrap.hidden = this.shown >= response.results.length;
    this.setActive(firstNew);
    this.input.focus();
  }

  private appendResults(fragments: PagefindFragment[]): void {
    for (const fragment of fragments) {
      const title = fragment.meta['title'] ?? fragment.url;
      const item = el('li', 'search-result');
      item.setAttribute('role', 'presentation');
      const hit = this.option(fragment.url, 'search-hit');
      hit.dataset['kind'] = fragment.filters['kind']?.[0] ?? '';
      hit.dataset['section'] = (fragment.filters['section'] ?? []).join('|');
      hit.append(el('span', 'search-context', contextLine(fragment)), el('span', 'search-title', title), excerptNode(fragment.excerpt));
      const concept = fragment.meta['concept'];
      // The key concept, unless the excerpt already shows it.
      if (concept && !excerptText(fragment.excerpt).includes(concept.slice(0, 40))) hit.append(el('span', 'search-concept', `Key concept: ${concept}`));
      item.append(hit);
      const subs = subResults(fragment);
      if (subs.length > 0) {
        const group = el('ul', 'search-subs');
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', `In ${title}`);
        for (const sub of subs) {
          const li = el('li', '');
          li.setAttribute('role', 'presentation');
          const link = this.option(sub.url, 'search-sub');
          link.append(el('span', 'search-sub-title', sub.title), excerptNode(sub.excerpt));
          li.append(link);
          group.append(li);
        }
        item.append(group);
      }
      this.list.append(item);
      this.shown++;
    }
  }

  private option(href: string, className: string): HTMLAnchorElement {
    const a = el('a', className);
    a.href = href;
    a.id = `${this.root.id}-option-${this.optionCount++}`;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.tabIndex = -1;
    return a;
  }

  private optionAt(index: number): HTMLAnchorElement | undefined {
    return index < 0 ? undefined : (this.list.querySelectorAll<HTMLAnchorElement>('a[role="option"]')[index] ?? undefined);
  }

  private setActive(index: number): void {
    const options = [...this.list.querySelectorAll<HTMLAnchorElement>('a[role="option"]')];
    if (options.length === 0 || index < 0) {
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
      for (const o of options) o.setAttribute('aria-selected', 'false');
      return;
    }
    const next = Math.min(index, options.length - 1);
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === next)));
    this.active = next;
    const current = options[next]!;
    this.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  private closeIfSamePage(link: HTMLAnchorElement): void {
    const dialog = this.options.dialog;
    if (dialog?.open && link.pathname === window.location.pathname) dialog.close();
  }

  private go(option: HTMLAnchorElement): void {
    this.closeIfSamePage(option);
    window.location.assign(option.href);
  }

  private async renderEmpty(pf: Pagefind, query: string, filters: Filters, response: PagefindResponse, seq: number): Promise<void> {
    const box = this.empty;
    const parts: HTMLElement[] = [];
    const heading = el('p', 'search-empty-title');
    heading.append('No results for ', el('strong', '', `“${query}”`), Object.keys(filters).length > 0 ? ' with the filters chosen.' : '.');
    parts.push(heading);

    if (Object.keys(filters).length > 0 && response.unfilteredResultCount > 0) {
      const p = el('p', '');
      const n = response.unfilteredResultCount;
      const clear = el('button', 'link', 'Search everything');
      clear.type = 'button';
      clear.dataset['clearFilters'] = '';
      p.append(`${n} ${n === 1 ? 'result matches' : 'results match'} without filters. `, clear);
      parts.push(p);
    }

    let like: SuggestionTarget[] = [];
    try {
      like = suggest(query, await allTargets(pf));
    } catch {
      like = [];
    }
    if (seq !== this.seq) return;
    if (like.length > 0) {
      const p = el('p', 'search-did-you-mean');
      p.append('Did you mean ');
      like.forEach((t, i) => {
        if (i > 0) p.append(i === like.length - 1 ? ' or ' : ', ');
        const a = el('a', '', t.title);
        a.href = t.url;
        p.append(a, ` (${kindLabel.get(t.kind) ?? 'page'})`);
      });
      p.append('?');
      parts.push(p);
    }

    const tips = el('ul', 'search-tips');
    const spelling = el('li', '', 'Check the spelling, or try fewer or shorter words: search finds words that begin with what you type.');
    const tryThese = el('li', '');
    tryThese.append('Search for an idea, a tool or a person from the course, such as ');
    const examples = ['trust', 'stakeholder chart', 'Vroom'];
    examples.forEach((q, i) => {
      const b = el('button', 'link', q);
      b.type = 'button';
      b.dataset['query'] = q;
      tryThese.append(b, i < examples.length - 2 ? ', ' : i === examples.length - 2 ? ' or ' : '.');
    });
    const browse = el('li', '');
    const glossary = el('a', '', 'the glossary');
    glossary.href = `${BASE}glossary/`;
    const map = el('a', '', 'the course map');
    map.href = `${BASE}course/`;
    browse.append('Or browse ', glossary, ' or ', map, '.');
    tips.append(spelling, tryThese, browse);
    parts.push(tips);

    box.replaceChildren(...parts);
    box.hidden = false;
  }
}
