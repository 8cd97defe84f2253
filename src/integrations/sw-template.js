/* The course's service worker: the site works offline after a first visit. Generated at
 * build time by src/integrations/service-worker.ts, which fills in VERSION and PRECACHE.
 * - Pages: network first, so an updated site shows on the next visit; the cache answers
 *   when there is no network.
 * - Hashed assets (_astro/) and everything else: cache first.
 * - Search index files are cached as they are used, so search works offline once loaded.
 * Answers live in localStorage, which this worker never touches: updates lose nothing. */
const VERSION = '__VERSION__';
const PRECACHE = JSON.parse('__PRECACHE__');
const CACHE = `course-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('course-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
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

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch {
    const cached =
      (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) || (await cache.match(new URL('404.html', self.registration.scope).href));
    return (
      cached || new Response('You are offline and this page was not saved for offline use yet.', { status: 503, headers: { 'content-type': 'text/plain' } })
    );
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: a preview or static server may vary on Origin, which module requests send and precache requests do not.
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}
