import { describe, expect, it } from 'vitest';
import { loadAllFragments, loadFragments } from '../../src/scripts/search-fragments';

interface Fragment {
  url: string;
  excerpt: string;
}

/**
 * A stand-in for Pagefind's fragment cache as it behaves in pagefind.js 1.x: one shared
 * object per page, its excerpt rewritten by each call after the (cached) fetch resolves.
 */
function fakePagefind() {
  const cache = new Map<string, Promise<Fragment>>();
  const fetchPage = (url: string) => {
    let hit = cache.get(url);
    if (!hit) {
      hit = new Promise<Fragment>((resolve) => setTimeout(() => resolve({ url, excerpt: '' }), 5));
      cache.set(url, hit);
    }
    return hit;
  };
  return (url: string, term: string | null) => ({
    data: async (): Promise<Fragment> => {
      const fragment = await fetchPage(url);
      // A tick like Pagefind's own awaits between fetching and writing the excerpt.
      await new Promise((r) => setTimeout(r, term ? 1 : 0));
      fragment.excerpt = term ? `the <mark>${term}</mark> column` : 'the plain text';
      return fragment;
    },
  });
}

describe('loadFragments', () => {
  it('the raw calls show the race this module exists for', async () => {
    const result = fakePagefind();
    const [mine] = await Promise.all([result('/a/', 'noblest').data(), result('/a/', null).data()]);
    expect(mine.excerpt).toBe('the plain text');
  });

  it('keeps each search its own excerpt when another loads the same page at once', async () => {
    const result = fakePagefind();
    const [[mine], [warm]] = await Promise.all([loadFragments([result('/a/', 'noblest')]), loadFragments([result('/a/', null)])]);
    expect(mine!.excerpt).toBe('the <mark>noblest</mark> column');
    expect(warm!.excerpt).toBe('the plain text');
  });

  it('loads everything in batches, in order, with searches in between keeping their excerpts', async () => {
    const result = fakePagefind();
    const urls = Array.from({ length: 40 }, (_, i) => `/p${i}/`);
    const all = loadAllFragments(
      urls.map((u) => result(u, null)),
      8,
    );
    const typed = loadFragments([result('/p3/', 'values')]);
    expect((await typed)[0]!.excerpt).toBe('the <mark>values</mark> column');
    expect((await all).map((f) => f.url)).toEqual(urls);
  });

  it('a failed batch does not stop the next one', async () => {
    const failing = loadFragments([{ data: () => Promise.reject(new Error('offline')) }]);
    const next = loadFragments([{ data: () => Promise.resolve({ url: '/b/', excerpt: 'x' }) }]);
    await expect(failing).rejects.toThrow('offline');
    expect(await next).toEqual([{ url: '/b/', excerpt: 'x' }]);
  });
});
