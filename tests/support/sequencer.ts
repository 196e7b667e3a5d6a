import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (longest first by the last run's durations; on a fresh clone, largest file first),
 * but the page sweep first always: it is the longest file by design (every page, axe twice), and on
 * a fresh clone its small source would start it last, leaving the other worker idle at the end.
 */
export default class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const sweep = (file: TestSpecification) => file.moduleId.endsWith('/tests/sweep.test.ts');
    return [...sorted.filter(sweep), ...sorted.filter((file) => !sweep(file))];
  }
}
