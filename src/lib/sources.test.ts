import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import { informationAsOf, isStale, siteInformationAsOf, sources, sourceUrl } from './sources';

describe('sources', () => {
  it('gives ImmD’s page in the reader’s script', () => {
    expect(sourceUrl('immd', 'zh-hans')).toContain('/hks/');
    expect(sourceUrl('immd', 'zh-hant')).toContain('/hkt/');
    expect(sourceUrl('immd', 'en')).toContain('/eng/');
    expect(sourceUrl('vtc', 'en')).toBe('https://vpas.vtc.edu.hk/');
    expect(sourceUrl('brochure', 'en')).toBeNull();
  });

  it('dates each source by its own date from the facts file, or not at all', () => {
    expect(Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, s.asOf]))).toEqual({
      immd: '2025-09-30', // "revision of 30 Sep 2025"
      immdFees: '2025-02-26', // "fees from 26 Feb 2025"
      immdStudy: null,
      vtc: null,
      vtcStudents: null,
      brochure: '2025-12', // "资料截至2025年12月"
      // Issue 12's sources were read from stored copies; their pages' own dates are not known, and
      // each figure and date from them carries its own year.
      miaoFees: null,
      miaoDates: null,
      theiCosts: null,
      immdIang: null,
    });
  });

  it('dates a page by the newest of its dated sources', () => {
    expect(informationAsOf(['immd'])).toBe('2025-09-30');
    expect(informationAsOf(['immdFees', 'immd', 'brochure'])).toBe('2025-12');
    expect(informationAsOf(['immd', 'immdStudy'])).toBe('2025-09-30');
    expect(informationAsOf(['vtc', 'immdStudy'])).toBeNull();
    expect(informationAsOf(['miaoFees', 'immdIang', 'immdFees'])).toBe('2025-02-26');
    expect(siteInformationAsOf).toBe('2025-12');
  });

  it('links only to official https hosts', () => {
    for (const id of Object.keys(sources) as (keyof typeof sources)[]) {
      for (const locale of ['zh-hans', 'zh-hant', 'en'] as const) {
        const url = sourceUrl(id, locale);
        if (url) expect(new URL(url).hostname).toMatch(/(^|\.)(immd\.gov\.hk|vtc\.edu\.hk|thei\.edu\.hk)$/);
        if (url) expect(url).toMatch(/^https:/);
      }
    }
  });
});

describe('isStale: more than 12 months after the information’s date', () => {
  examples('information as of %s, built on %s: %s', isStale, [
    ['2025-12', '2026-12-31', false],
    ['2025-12', '2027-01-01', true],
    ['2025-12', '2026-06-01', false],
    ['2025-09-30', '2026-09-30', false],
    ['2025-09-30', '2026-10-01', true],
    ['2024-02-29', '2025-02-28', false],
    ['2024-02-29', '2025-03-01', true],
    ['2024-02', '2025-02-28', false],
    ['2024-02', '2025-03-01', true],
  ]);
});
