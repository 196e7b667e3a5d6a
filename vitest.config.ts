import { defineConfig } from 'vitest/config';

// Two kinds of test: unit tests beside the code in src/, and tests in tests/ that read or drive the
// built site in dist/ (run after `astro build`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Measured by `npm test` and `npm run test:coverage` (vitest run --coverage). Only the library code has
    // thresholds: pages and components are covered by the browser tests, which v8 cannot see.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      // Test-only helpers (fixtures, fast-check generators) are not library code.
      // content.ts and routes.ts read Astro's collections: the build and the site tests cover them.
      exclude: ['src/lib/**/*.test.ts', 'src/lib/**/testing/**', 'src/lib/content.ts', 'src/lib/routes.ts'],
      // Text only: a report written to disk would need a .gitignore entry; add 'html' locally.
      reporter: ['text'],
      thresholds: { statements: 95, branches: 90, functions: 95, lines: 95 },
    },
  },
});
