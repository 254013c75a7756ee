import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// Unit tests: model, share codec, db repository (fake-indexeddb), parsers. No browser.
export default defineConfig({
  plugins: [solid()],
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    // The property tests take 1–1.5 s here and compute on both CPUs at once: under a busy
    // runner one (explanations, 40 random workspaces) ran past the 5 s default once.
    testTimeout: 30_000,
  },
});
