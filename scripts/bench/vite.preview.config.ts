// Serves the app's production build (dist/, as `npm start` does) for the browser benchmark, on
// its own port, with two differences that change no code the app runs:
// - COOP/COEP headers make every page cross-origin isolated, so performance.now() has 5 µs
//   resolution in Chromium instead of the 100 µs it is clamped to otherwise. The app requests
//   nothing from another origin, so require-corp blocks nothing.
// - The bench's own pages (.bench/web, built by vite.bench.config.ts) are served under /__bench/.
// Like `npm start` (vite.config.ts), it sends no CORS answers: their "Vary: Origin" would turn
// off the service worker's static route for the app's files (public/sw-routes.js).
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { defineConfig } from 'vite';

const root = new URL('../..', import.meta.url).pathname;
export const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

export default defineConfig({
  root,
  build: { outDir: 'dist' },
  preview: { host: '127.0.0.1', port: Number(process.env['BENCH_PORT'] ?? 4279), strictPort: true, headers: ISOLATION, cors: false },
  plugins: [
    {
      name: 'bench-pages',
      configurePreviewServer(server) {
        server.middlewares.use('/__bench', (req, res, next) => {
          const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
          readFile(join(root, '.bench/web', path)).then(
            (body) => {
              res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...ISOLATION });
              res.end(body);
            },
            () => next(),
          );
        });
      },
    },
  ],
});
