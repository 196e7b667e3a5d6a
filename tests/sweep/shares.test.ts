import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n';
import { pagesUnderTest } from '../support';
import { shareOf } from './sweep';

// The sweep files together visit every page under test: each page falls to a locale, and each
// locale has its file that sweeps it (tests/sweep/<locale>.test.ts).
describe('the sweep files share the pages', () => {
  it('gives every page to a locale whose file sweeps it', () => {
    const paths = pagesUnderTest();
    expect(paths.length).toBeGreaterThan(140);
    for (const share of new Set(paths.map(shareOf))) {
      const file = join(import.meta.dirname, `${share}.test.ts`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(`sweep('${share}');`);
    }
    for (const locale of locales) expect(paths.filter((path) => shareOf(path) === locale).length, locale).toBeGreaterThan(45);
  });
});
