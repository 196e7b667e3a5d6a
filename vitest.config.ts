import { defineConfig } from 'vitest/config';

// Two kinds of test: unit tests beside the code in src/, and tests in tests/ that read or drive the
// built site in dist/ (run after `astro build`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Measured with `npm run test:coverage` (vitest run --coverage). Only the library code has
    // thresholds: pages and components are covered by the browser tests, which v8 cannot see.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      // Test-only helpers (fixtures, fast-check generators) are not library code.
      exclude: ['src/lib/**/*.test.ts', 'src/lib/**/testing/**'],
      // Text only: a report written to disk would need a .gitignore entry; add 'html' locally.
      reporter: ['text'],
      thresholds: { statements: 95, branches: 90, functions: 95, lines: 95 },
    },
  },
});
