import { describe, expect, it } from 'vitest';
import { sourceUrlProblem } from './official-hosts';
import { informationAsOf, sources, sourceUrl } from './sources';

describe('sources', () => {
  it('gives ImmD’s page in the reader’s script', () => {
    expect(sourceUrl('immd', 'zh-hans')).toContain('/hks/');
    expect(sourceUrl('immd', 'zh-hant')).toContain('/hkt/');
    expect(sourceUrl('immd', 'en')).toContain('/eng/');
    expect(sourceUrl('vtc', 'en')).toBe('https://vpas.vtc.edu.hk/');
    expect(sourceUrl('brochure', 'en')).toBeNull();
  });

  it('dates a page by the newest of its sources', () => {
    expect(informationAsOf(['immd'])).toBe('2025-09-30');
    expect(informationAsOf(['immdFees', 'immd', 'brochure'])).toBe('2025-12');
    expect(informationAsOf(['miaoFees', 'immd'])).toBe('2026-11');
  });

  it('leaves an undated source out of the date, and refuses a list with no dated source', () => {
    expect(informationAsOf(['immdIang', 'immd'])).toBe('2025-09-30');
    expect(() => informationAsOf(['immdIang'])).toThrow(/no dated source/);
  });

  it('links only to official https hosts', () => {
    for (const id of Object.keys(sources) as (keyof typeof sources)[]) {
      for (const locale of ['zh-hans', 'zh-hant', 'en'] as const) {
        const url = sourceUrl(id, locale);
        if (url) expect(sourceUrlProblem(url), `${id} ${locale}`).toBeNull();
      }
    }
  });
});
