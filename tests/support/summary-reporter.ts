import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", which CI reads
 * whatever the runner; Vitest's own summary stays above it. Under `npm test`, which runs Vitest
 * three times (the unit tests beside the build and Lighthouse, then the site tests), each run adds its
 * counts to the file VPAS_TEST_TALLY names instead, and scripts/test.ts prints the one line for all.
 */
export type Counts = Record<'passed' | 'failed' | 'skipped', number>;

export const summaryLine = (c: Counts) => `Tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    const tally = process.env.VPAS_TEST_TALLY;
    if (tally) appendFileSync(tally, JSON.stringify(counts) + '\n');
    else process.stdout.write(`\n${summaryLine(counts)}\n`);
  }
}
