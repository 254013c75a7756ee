// Builds the bench's own pages (never part of the app): the control page for Enter → frame, and
// the Monte Carlo page that drives the app's real worker client. They are served under
// /__bench/ beside the app by scripts/bench/vite.preview.config.ts.
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
      },
    },
  },
});
