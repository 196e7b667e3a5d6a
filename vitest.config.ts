import { defineConfig } from 'vitest/config';

// Two kinds of test: unit tests beside the code in src/, and tests in tests/ that read or drive the
// built site in dist/ (run after `astro build`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
