import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// Unit tests: model, share codec, db repository (fake-indexeddb), parsers. No browser.
export default defineConfig({
  plugins: [solid()],
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
  },
});
