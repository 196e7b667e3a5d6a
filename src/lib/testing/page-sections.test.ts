import { describe } from 'vitest';
import { examples } from './examples';
import { requiredProgrammeSections } from './page-sections';

describe('requiredProgrammeSections', () => {
  examples('%o needs %o', requiredProgrammeSections, [
    [{ hasSiblings: true }, ['key-facts', 'about', 'jobs', 'scheme', 'siblings', 'sources']],
    [{ hasSiblings: false }, ['key-facts', 'about', 'jobs', 'scheme', 'sources']],
  ]);
});
