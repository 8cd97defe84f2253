/* The course's service worker: the site works offline after a first visit. Generated at
 * build time by src/integrations/service-worker.ts, which fills in VERSION and PRECACHE.
 * - Every file a visitor may need offline is precached, each under its own revision (a hash of
 *   its content; none for _astro/ files, whose names carry one). A new build fetches only the
 *   files whose revision changed: a typo fixed on one page costs a learner one page, not the site.
 * - Pages: network first, so an updated site shows on the next visit; the last copy seen, then
 *   the build's, answers when there is no network.
 * - Everything else: cache first. Search index files are cached as they are used, so search
 *   works offline once loaded.
 * Answers live in localStorage, which this worker never touches: updates lose nothing. */
const VERSION = '__VERSION__';
/** [url, revision or null] for every precached file. */
const PRECACHE = JSON.parse('__PRECACHE__');
/** Kept from build to build; entries are replaced one by one as their revisions change. */
const PRECACHE_CACHE = 'course-precache';
/** Pages as last fetched, and search index files: one per build, dropped when the next takes over. */
const RUNTIME_CACHE = `course-runtime-${VERSION}`;

/** The precache key of each file, by its address: the address plus its revision. */
const precacheKeys = new Map(
  PRECACHE.map(([url, revision]) => {
    const address = new URL(url, self.location.href).href;
    return [address, revision ? `${address}${address.includes('?') ? '&' : '?'}__rev=${revision}` : address];
  }),
);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE_CACHE);
      const have = new Set((await cache.keys()).map((request) => request.url));
      const missing = [...precacheKeys].filter(([, key]) => !have.has(key));
      // A few at a time; any failure fails the install, and the files already fetched are
      // kept for the next attempt (their keys name their content).
      for (let i = 0; i < missing.length; i += 8) {
        await Promise.all(
          missing.slice(i, i + 8).map(async ([address, key]) => {
            // Past the HTTP cache: a copy it kept from the last build must not be stored as this one.
            const response = await fetch(address, { cache: 'reload' });
            if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
            await cache.put(key, response);
          }),
        );
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set(precacheKeys.values());
      const cache = await caches.open(PRECACHE_CACHE);
      for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
      // Earlier builds' runtime caches, and their whole caches from before per-file revisions.
      for (const name of await caches.keys()) if (name.startsWith('course-') && name !== PRECACHE_CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const isPage = request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html');
  event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
});

/** The build's copy of a file, if it is precached. */
async function precached(address) {
  const key = precacheKeys.get(address.split('#')[0].split('?')[0]);
  // ignoreVary: a preview or static server may vary on Origin, which module requests send and precache requests do not.
  return key ? (await caches.open(PRECACHE_CACHE)).match(key, { ignoreVary: true }) : undefined;
}

async function networkFirst(request) {
  const runtime = await caches.open(RUNTIME_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) runtime.put(request, response.clone()).catch(() => {});
    return response;
  } catch {
    const cached =
      (await runtime.match(request, { ignoreSearch: true, ignoreVary: true })) ||
      (await precached(request.url)) ||
      (await precached(new URL('404.html', self.registration.scope).href));
    return (
      cached || new Response('You are offline and this page was not saved for offline use yet.', { status: 503, headers: { 'content-type': 'text/plain' } })
    );
  }
}

async function cacheFirst(request) {
  const build = await precached(request.url);
  if (build) return build;
  const runtime = await caches.open(RUNTIME_CACHE);
  const cached = await runtime.match(request, { ignoreVary: true });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok) runtime.put(request, response.clone()).catch(() => {});
    return response;
  } catch {
    // The network failed, or the page gave up on the request (a reload aborts what is in
    // flight). A rejected respondWith(), and even Response.error(), are reported by Firefox as
    // the worker's own error ("intercepted the request and encountered an unexpected error"):
    // answer as an unreachable server would, as networkFirst does for pages.
    return new Response('', { status: 503, statusText: 'Not available offline' });
  }
}
