import { describe, expect, it } from 'vitest';
import { locales, useTranslations } from '../i18n';
import { documentTitle, maxTitleLength, programmeMeta, programmesInDescription, robotsTxt, sectorMeta, type ProgrammeLike } from './seo';
import { sector, withoutCode } from './testing/entries';

// In Chinese a sector and its one programme may share a name (汽车工程): their pages must still differ.
const programme: ProgrammeLike = { id: withoutCode.id, data: { name: { ...sector.data.name, en: withoutCode.data.name.en } } };

describe.each(locales)('page words in %s', (locale) => {
  const p = programmeMeta(programme, sector, locale);
  const s = sectorMeta(sector, [programme], locale);

  it('names the programme and its sector in a programme title', () => {
    expect(p.title).toContain(programme.data.name[locale]);
    expect(p.title).toContain(sector.data.name[locale]);
  });

  it('mentions VPAS and the sector’s first jobs in a programme description, but no intake (the site’s reading, labelled on the page)', () => {
    expect(p.description).toContain('VPAS');
    expect(p.description).not.toMatch(/20\d\d\/\d\d/);
    expect(p.description).toContain(sector.data.jobTitles[0]?.[locale]);
    // Only the first three jobs: descriptions stay short enough for a results page.
    const fourth = sector.data.jobTitles[3]?.[locale];
    expect(fourth).toBeDefined();
    expect(p.description).not.toContain(fourth);
  });

  it('gives a sector page and its namesake programme different titles and descriptions', () => {
    expect(s.title).not.toBe(p.title);
    expect(s.description).not.toBe(p.description);
    expect(s.title).toContain(sector.data.name[locale]);
    expect(s.description).toContain(programme.data.name[locale]);
  });

  it('fills every placeholder', () => {
    for (const text of [p.title, p.description, s.title, s.description]) expect(text).not.toMatch(/[{}]/);
  });
});

describe.each(locales)('a sector description in %s, as the sector grows', (locale) => {
  // Numbered programmes, so each name is found only where it is meant to be ("P 1" is not in "P 10").
  const numbered = (n: number): ProgrammeLike[] =>
    Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, data: { name: { 'zh-hans': `课程${i + 1}号`, 'zh-hant': `課程${i + 1}號`, en: `Programme ${i + 1}.` } } }));
  const max = programmesInDescription;

  it.each([
    [1, 1, 0],
    [max, max, 0],
    [max + 1, max, 1],
    [30, max, 30 - max],
  ])('%i programmes: names %i, counts %i more', (n, named, more) => {
    const programmes = numbered(n);
    const { description } = sectorMeta(sector, programmes, locale);
    programmes.forEach((p, i) => (i < named ? expect(description).toContain(p.data.name[locale]) : expect(description).not.toContain(p.data.name[locale])));
    // The count, in the dictionary's words ("… and 21 more"), only where some are left out.
    if (more > 0) expect(description).toContain(useTranslations(locale)('seo.moreProgrammes', { names: '', count: more }));
    expect(description).not.toMatch(/[{}]/);
  });

  it('stays as long whatever the number past the limit (to within the count\'s digits)', () => {
    const at = (n: number) => sectorMeta(sector, numbered(n), locale).description.length;
    expect(at(999)).toBe(at(100) + 1);
  });
});

describe('documentTitle', () => {
  it('appends the site name, except on the page that is the site itself', () => {
    expect(documentTitle('Maritime', 'VPAS Programme Guide')).toBe('Maritime | VPAS Programme Guide');
    expect(documentTitle('VPAS Programme Guide', 'VPAS Programme Guide')).toBe('VPAS Programme Guide');
  });

  it('keeps only the brand when the site name would take the title past 70 characters', () => {
    expect(documentTitle('Creative Technology for Theme Parks and Theatres Higher Diploma', 'VPAS Programme Guide')).toBe(
      'Creative Technology for Theme Parks and Theatres Higher Diploma | VPAS',
    );
  });

  it('always names VPAS, and the full site name whenever it fits', () => {
    for (let n = 1; n <= 90; n++) {
      const out = documentTitle('a'.repeat(n), 'VPAS Programme Guide');
      expect(out).toMatch(/ \| VPAS/);
      if (n + ' | VPAS Programme Guide'.length <= maxTitleLength) expect(out).toContain('VPAS Programme Guide');
    }
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap by its absolute URL', () => {
    const text = robotsTxt('https://example.org/vpas/sitemap-index.xml');
    expect(text.split('\n')).toEqual(['User-agent: *', 'Disallow:', '', 'Sitemap: https://example.org/vpas/sitemap-index.xml', '']);
  });
});
