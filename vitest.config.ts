import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three tiers (architecture rule 12):
 * - unit: pure TypeScript (domain/, sites/), DOM parsing via happy-dom;
 * - integration: fake browser APIs + fake-indexeddb (storage, messaging, stores);
 * - e2e: real Chromium driving the built extension (run after `wxt build`).
 * The first three answer `browser.i18n` in English (tests/support/setup-i18n.ts).
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/sites/**'],
          environment: 'node',
          setupFiles: ['tests/support/setup-i18n.ts'],
        },
      },
      {
        // Site adapters parse saved page markup: they need a DOM.
        extends: true,
        test: {
          name: 'unit-dom',
          include: ['tests/unit/sites/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/setup-i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/setup-i18n.ts', 'tests/integration/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Real browsers on a busy 2-core machine: poll long enough, never race.
          expect: { poll: { timeout: 15_000, interval: 50 } },
        },
      },
    ],
  },
});
