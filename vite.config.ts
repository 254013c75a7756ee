import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';

// A build id lets the update e2e test tell two builds apart; it is shown in the footer.
const buildId = process.env['FORANKRING_BUILD_ID'] ?? new Date().toISOString().slice(0, 16).replace('T', ' ');

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  plugins: [
    solid(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registration lives in src/pwa (workbox-window), so no inline script is injected.
      injectRegister: false,
      // The service-worker file name is public API: never rename it, or installed apps strand.
      filename: 'sw.js',
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Forankring – klimasekretariatets organisering og finansiering',
        short_name: 'Forankring',
        description: 'Sammenlign organisering, forankring og finansiering af det fælles klimasekretariat side om side.',
        lang: 'da',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0f4c5c',
        background_color: '#f6f5f1',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole shell, the compute worker and every lazy chunk, so a cold start works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so lazy chunks come from the cache
        // even if the network drops before a reload. An update still waits for the user.
        clientsClaim: true,
        // The built files are served from the precache without the worker's script (public/sw-routes.js).
        importScripts: ['sw-routes.js'],
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The page's own scripts are preloaded from the HTML as usual, and so are the imports of a
    // reload's first read (db/peek.ts), which is on the way to the first figures. Other lazy
    // chunks' imports are not: each list is carried in the JavaScript before the first result
    // (about 1 KiB gzip in all), and every chunk comes from the service worker's cache, where
    // loading them one after another costs a millisecond or two when a view is first opened.
    modulePreload: { resolveDependencies: (file, deps, { hostType }) => (hostType === 'html' || /(^|\/)peek-/.test(file) ? deps : []) },
  },
  // No CORS answers: the app asks nothing of another origin, and their "Vary: Origin" kept the
  // service worker's static route from finding any file in the cache (public/sw-routes.js).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: false },
});
