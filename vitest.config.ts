import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { glossaryPlugin } from './scripts/vite-glossary-plugin';

// Two projects: `unit` runs pure modules and WXT's fakeBrowser in happy-dom; `browser` drives the
// system Chromium with the built extension, one file at a time (see scripts/test.mjs).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), glossaryPlugin()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
