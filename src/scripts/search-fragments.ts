/**
 * Pagefind keeps one object per page and rewrites its excerpt, locations and sub-results on
 * every `data()` call, then returns that same object. Two searches that load the same page at
 * once (a learner typing while the index warms up, or two quick queries) can therefore show one
 * search's results with the other's excerpt: no highlighted words, or the wrong ones.
 * Every `data()` call goes through this queue one batch at a time, and each batch keeps its own
 * copies before the next batch can touch the shared objects.
 */

interface HasData<F> {
  data: () => Promise<F>;
}

let queue: Promise<unknown> = Promise.resolve();

/** The results' fragments, copied, loaded after any batch already waiting. */
export function loadFragments<F extends object>(results: readonly HasData<F>[]): Promise<F[]> {
  const batch = queue.then(async () => {
    const loaded = await Promise.all(results.map((r) => r.data()));
    // A shallow copy is enough: Pagefind assigns new strings and arrays, it does not edit them.
    return loaded.map((f) => ({ ...f }));
  });
  queue = batch.catch(() => undefined);
  return batch;
}

/** Loads many results in batches, so a search typed meanwhile waits for one batch, not all. */
export async function loadAllFragments<F extends object>(results: readonly HasData<F>[], size = 16): Promise<F[]> {
  const out: F[] = [];
  for (let i = 0; i < results.length; i += size) out.push(...(await loadFragments(results.slice(i, i + size))));
  return out;
}
