// Builds the bench's own pages (never part of the app): the control pages for Enter → frame and
// for the warm reload (with its service worker, copied as it is), and the Monte Carlo page that
// drives the app's real worker client. They are served under
// /__bench/ beside the app by scripts/bench/vite.preview.config.ts.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  base: '/__bench/',
  publicDir: false,
  worker: { format: 'es' },
  build: {
    outDir: '.bench/web',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        control: new URL('./control.html', import.meta.url).pathname,
        worker: new URL('./worker-bench.html', import.meta.url).pathname,
        reload: new URL('./reload-control.html', import.meta.url).pathname,
      },
    },
  },
  plugins: [
    {
      // At the root of /__bench/, so that its scope holds the control page.
      name: 'reload-control-service-worker',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'reload-control-sw.js', source: readFileSync(new URL('./reload-control-sw.js', import.meta.url), 'utf8') });
      },
    },
  ],
});
