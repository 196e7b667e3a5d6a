import { describe, expect, it } from 'vitest';
import { requiredProgrammeSections } from './page-sections';

describe('requiredProgrammeSections', () => {
  it.each([
    [{ hasSiblings: true, citesSources: true }, ['about', 'jobs', 'after', 'conditions', 'siblings', 'programme-sources', 'sources']],
    [{ hasSiblings: false, citesSources: true }, ['about', 'jobs', 'after', 'conditions', 'programme-sources', 'sources']],
    [{ hasSiblings: true, citesSources: false }, ['about', 'jobs', 'after', 'conditions', 'siblings', 'sources']],
    [{ hasSiblings: false, citesSources: false }, ['about', 'jobs', 'after', 'conditions', 'sources']],
  ])('%o needs %o', (shape, ids) => {
    expect(requiredProgrammeSections(shape)).toEqual(ids);
  });
});
