import { describe, expect, it } from 'vitest';
import { requiredProgrammeSections } from './page-sections';

describe('requiredProgrammeSections', () => {
  it.each([
    [{ hasSiblings: true }, ['key-facts', 'about', 'jobs', 'scheme', 'siblings', 'sources']],
    [{ hasSiblings: false }, ['key-facts', 'about', 'jobs', 'scheme', 'sources']],
  ])('%o needs %o', (shape, ids) => {
    expect(requiredProgrammeSections(shape)).toEqual(ids);
  });
});
