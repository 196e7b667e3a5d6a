import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first (measured on the 2-core machine, `npm test`, December
 * 2026): started first, they do not leave one core working alone at the end. Vitest's own order is
 * longest first by the last run's durations, which a fresh clone (CI) does not have: there it falls
 * back to the largest file first, and the sweep's small source would start last. The order changes
 * the wall time only, never a result; a file not listed keeps Vitest's order, after these.
 */
export const slowestFirst = [
  'tests/sweep.test.ts',
  'tests/checker/checker.test.ts',
  'tests/programmes/table.test.ts',
  'tests/checker/plan.test.ts',
  'tests/search/search-page.test.ts',
  'tests/browser/phone.test.ts',
  'tests/checker/phone.test.ts',
  'tests/site/stale-notice.test.ts',
  'tests/seo/site-url.test.ts',
  'tests/checker/keyboard-and-fallbacks.test.ts',
  'tests/search/answers.test.ts',
];

const rank = (file: TestSpecification) => {
  const i = slowestFirst.findIndex((path) => file.moduleId.endsWith(`/${path}`));
  return i < 0 ? slowestFirst.length : i;
};

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: unlisted files keep Vitest's order among themselves.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
