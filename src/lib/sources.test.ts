import { describe, expect, it } from 'vitest';
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
  });

  it('links only to official https hosts', () => {
    for (const id of Object.keys(sources) as (keyof typeof sources)[]) {
      for (const locale of ['zh-hans', 'zh-hant', 'en'] as const) {
        const url = sourceUrl(id, locale);
        if (url) expect(new URL(url).hostname).toMatch(/(^|\.)(immd\.gov\.hk|vtc\.edu\.hk)$/);
        if (url) expect(url).toMatch(/^https:/);
      }
    }
  });
});
