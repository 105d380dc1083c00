import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests (mirroring the source tree), reliability tests (crash loop,
// damaged and full disks) and end-to-end tests that drive Debian's Chromium against the built app.
// `npm test` runs all three after typecheck and lint.
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
        // Real files and real processes killed with SIGKILL: slower, so kept apart.
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
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
