// Builds the worker benchmark page with the app's real worker client.
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  worker: { format: 'es' },
  build: {
    outDir: '.bench/web',
    emptyOutDir: true,
    rollupOptions: { input: new URL('./worker-bench.html', import.meta.url).pathname },
  },
});
