import { describe, expect, it } from 'vitest';
import { locales } from '../i18n';
import { documentTitle, programmeMeta, robotsTxt, sectorMeta, type ProgrammeLike, type SectorLike } from './seo';

const sector: SectorLike = {
  id: 'automobile-engineering',
  data: {
    name: { 'zh-hans': '汽车工程', 'zh-hant': '汽車工程', en: 'Automobile Engineering' },
    jobTitles: [
      { 'zh-hans': '助理工程师', 'zh-hant': '助理工程師', en: 'Assistant Engineer' },
      { 'zh-hans': '维修顾问', 'zh-hant': '維修顧問', en: 'Service Advisor' },
      { 'zh-hans': '技术员', 'zh-hant': '技術員', en: 'Technician' },
      { 'zh-hans': '管工', 'zh-hant': '管工', en: 'Foreman' },
    ],
  },
};
// In Chinese the sector and its one programme share a name: their pages must still differ.
const programme: ProgrammeLike = {
  id: 'automotive-engineering',
  data: {
    name: { 'zh-hans': '汽车工程', 'zh-hant': '汽車工程', en: 'Automotive Engineering' },
    intakes: ['2025/26', '2026/27'],
  },
};

describe.each(locales)('page words in %s', (locale) => {
  const p = programmeMeta(programme, sector, locale);
  const s = sectorMeta(sector, [programme], locale);

  it('names the programme and its sector in a programme title', () => {
    expect(p.title).toContain(programme.data.name[locale]);
    expect(p.title).toContain(sector.data.name[locale]);
  });

  it('mentions VPAS, the intakes and the first jobs in a programme description', () => {
    expect(p.description).toContain('VPAS');
    expect(p.description).toContain('2025/26');
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

describe('documentTitle', () => {
  it('appends the site name, except on the page that is the site itself', () => {
    expect(documentTitle('Maritime', 'VPAS Programme Guide')).toBe('Maritime | VPAS Programme Guide');
    expect(documentTitle('VPAS Programme Guide', 'VPAS Programme Guide')).toBe('VPAS Programme Guide');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap by its absolute URL', () => {
    const text = robotsTxt('https://example.org/vpas/sitemap-index.xml');
    expect(text.split('\n')).toEqual(['User-agent: *', 'Disallow:', '', 'Sitemap: https://example.org/vpas/sitemap-index.xml', '']);
  });
});
