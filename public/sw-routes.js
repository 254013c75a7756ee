/*
 * Loaded into the generated service worker (workbox `importScripts`, vite.config.ts).
 *
 * The app's built files (/assets/*, hashed, never changed in place) are served by the browser
 * straight from the precache, without running the service worker's script for each of them
 * (the Service Worker Static Routing API, Chromium 123+): on a warm reload with 2 CPUs, each
 * batch of scripts waited ~50 ms on the worker's fetch handler. Browsers without the API keep
 * the fetch handler, which serves the same files from the same cache.
 *
 * A file the route does not find in a cache goes to the network, and offline that fails. The
 * cache finds a file only if the server's response varies on nothing (vite preview's CORS
 * answers carried "Vary: Origin", and every lookup missed), so the route is added only where
 * this script's own response carries no Vary: where it does, the fetch handler stays in charge.
 */
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function') return;
  event.waitUntil(
    fetch(new URL('sw-routes.js', self.registration.scope), { method: 'HEAD', cache: 'no-store' })
      .then((response) => {
        if (!response.ok || response.headers.has('Vary')) return undefined;
        return event.addRoutes([{ condition: { urlPattern: { pathname: '/assets/*' }, requestMethod: 'GET' }, source: 'cache' }]);
      })
      // Without the route the app works as before: through the fetch handler.
      .catch(() => undefined),
  );
});
