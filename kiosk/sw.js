// Keeps the kiosk usable when the server is unreachable: the app's own files are answered from the cache when the
// network fails (the app keeps its site's settings, urgent numbers and reception hours, in the same cache). Never
// the conversation, the speech or the fiches: only what every resident of this kiosk sees alike.
const STATIC_CACHE = 'infosociale-kiosk-static-v1';
const SHELL = [
  '/kiosk', '/kiosk/labels.json', '/kiosk/kiosk.css', '/kiosk/app.js', '/kiosk/directline.js', '/kiosk/i18n.js', '/kiosk/idle.js',
  '/kiosk/keyboard.js', '/kiosk/pictos.js', '/kiosk/places.js', '/kiosk/speech.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC_CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

function kept(url) {
  return url.origin === self.location.origin && (url.pathname === '/kiosk' || url.pathname.startsWith('/kiosk/'));
}

// Network first (a deployed fix reaches every kiosk at once), the cached copy when the network fails.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !kept(url)) return;
  event.respondWith((async () => {
    const cache = await caches.open(STATIC_CACHE);
    const key = url.pathname === '/kiosk' ? '/kiosk' : event.request;
    try {
      const response = await fetch(event.request);
      if (response.ok) await cache.put(key, response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(key);
      if (cached) return cached;
      throw error;
    }
  })());
});
