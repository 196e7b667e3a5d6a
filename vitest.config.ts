import { defineConfig } from 'vitest/config';
import SlowestFirst from './tests/support/sequencer';

// Projects, so that each test waits only on what it needs:
// - unit: what needs nothing built: the library's tests beside the code in src/, the content's
//   tests against its sources (tests/content/) and tests/support's own; unit-isolated, the few of
//   them that mock a module;
// - site: tests in tests/ that read dist/ (run after `astro build`) or drive it in Chromium; the
//   global set-up serves dist/ for all of them, and each worker drives one Chromium (tests/support/index.ts);
// - lighthouse: it measures time, and a busy machine skews that: `npm test` runs it with only niced
//   work beside it (scripts/test.ts); in one `npx vitest run` it comes last (groupOrder).
// `npm test` (scripts/test.ts) builds first; `npx vitest run tests/x.test.ts` expects a built dist/.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files at a time. A browser test mostly waits: on Chromium's round trips, its network going
    // quiet, a PDF. Four files at a time keep both cores busy where two left them half idle;
    // override with VITEST_MAX_WORKERS.
    maxWorkers: 4,
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/support/**/*.test.ts'],
          exclude: ['**/*.isolated.test.ts'],
          // The files share the modules they import instead of loading them afresh each (a third of
          // this project's time was imports). A file that mocks a module (vi.mock) needs a fresh
          // module graph: it is named *.isolated.test.ts and runs in the next project.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: ['src/**/*.isolated.test.ts', 'tests/content/**/*.isolated.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/content/**', 'tests/support/**', 'tests/lighthouse.test.ts'],
          globalSetup: './tests/support/global-setup.ts',
          // As in unit: the files share the modules they import (test support, dictionaries, content).
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'lighthouse', include: ['tests/lighthouse.test.ts'], maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
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
