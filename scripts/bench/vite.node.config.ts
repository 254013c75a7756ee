// Builds the bench's node programs (TypeScript over src/) into .bench/node, one file each.
// playwright-core stays external (node loads it from node_modules); HyperFormula is loaded at run
// time from the bench's own folder, never bundled and never an app dependency.
import { defineConfig } from 'vite';

const here = (file: string) => new URL(file, import.meta.url).pathname;

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  publicDir: false,
  logLevel: 'error',
  build: {
    ssr: true,
    outDir: '.bench/node',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { 'node-bench': here('./node-bench.ts'), 'share-bench': here('./share-bench.ts'), 'frame-bench': here('./frame-bench.ts') },
      output: { entryFileNames: '[name].js' },
    },
  },
});
