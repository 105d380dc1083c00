import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (mirroring the source tree) and end-to-end tests that drive
// Debian's Chromium against the built app. `npm test` runs both after typecheck and lint.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
