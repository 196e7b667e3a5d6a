import { describe, expect, it } from 'vitest';
import { hongKongProblems } from '../support/hong-kong-text';
import { readBrochureTable, readFactsProgrammeTable, readProgrammes, readSectors, type Localised } from '../support/content';

/**
 * The content against its sources: every sector, programme and job title of the VTC brochure is on
 * the site in zh-Hans exactly as the brochure writes it, in the brochure's order and counts, and
 * nothing official (an English name, a code) appears that the facts file does not know.
 */
const brochure = readBrochureTable();
const sectors = readSectors().sort((a, b) => a.order - b.order);
const programmes = readProgrammes();

describe('counts', () => {
  it('has the brochure’s 13 sectors and 34 programmes', () => {
    expect(brochure).toHaveLength(13);
    expect(brochure.flatMap((row) => row.programmes)).toHaveLength(34);
    expect(sectors).toHaveLength(13);
    expect(programmes).toHaveLength(34);
  });

  it.each(brochure.map((row, i) => [row.sector, row, i] as const))(
    '%s: same place and programme count as the brochure',
    (_name, row, i) => {
      const sector = sectors[i];
      expect(sector?.name['zh-hans'].replace(/\s+/g, '')).toBe(row.sector);
      expect(sector?.order).toBe(i + 1);
      expect(programmes.filter((p) => p.sector === sector?.id)).toHaveLength(row.programmes.length);
    },
  );
});

describe.each(brochure.map((row) => [row.sector, row] as const))('%s', (_name, row) => {
  const sector = sectors.find((s) => s.name['zh-hans'].replace(/\s+/g, '') === row.sector);
  const own = programmes.filter((p) => p.sector === sector?.id).sort((a, b) => a.order - b.order);

  it('lists the brochure’s programmes, as written and in order', () => {
    expect(own.map((p) => p.name['zh-hans'])).toEqual(row.programmes);
  });

  it('lists every job title of the brochure, as written, once each', () => {
    const unique = [...new Set(row.jobTitles)];
    expect(sector?.jobTitles.map((t) => t['zh-hans'])).toEqual(unique);
  });

  it('keeps the brochure’s workplace phrase where it has one', () => {
    expect(sector?.workplaces?.['zh-hans']).toBe(row.workplaces);
  });
});

describe('translations', () => {
  const texts: [string, Localised][] = [
    ...sectors.flatMap((s): [string, Localised][] => [
      [`sector ${s.id} name`, s.name],
      ...s.jobTitles.map((t, i): [string, Localised] => [`sector ${s.id} job title ${i + 1}`, t]),
      ...(s.workplaces ? [[`sector ${s.id} workplaces`, s.workplaces] as [string, Localised]] : []),
    ]),
    ...programmes.map((p): [string, Localised] => [`programme ${p.id} name`, p.name]),
  ];

  it.each(texts)('%s exists in all three locales', (_where, text) => {
    for (const locale of ['zh-hans', 'zh-hant', 'en'] as const) expect(text[locale]?.trim()).toBeTruthy();
    expect(text.en).toMatch(/^[\x20-\x7e’–]+$/);
  });

  it.each(texts)('%s: zh-Hant is Hong Kong Traditional (no Simplified character, no variant glyph)', (_where, text) => {
    expect(hongKongProblems(text['zh-hant'])).toEqual([]);
  });
});

describe('official facts', () => {
  const known = readFactsProgrammeTable();
  /** The source id programme files use for statements taken from the facts file (its [VTC] source). */
  const factsFileSource = 'vtc-vpas';

  it('reads the facts file’s table', () => expect(known.length).toBeGreaterThanOrEqual(14));

  // Issue 8 added official names and codes found on official pages; each cites its page (checked in
  // fact-sources.test.ts). Where one is cited to the facts file's own VTC source, it must be the
  // facts file's; where the facts file knows one, the site never contradicts it.
  it.each(programmes.map((p) => [p.id, p] as const))(
    '%s: official English name and code from the facts file or a cited official page, never contradicting the facts file',
    (_id, programme) => {
      const fact = known.find((k) => k.brochureName === programme.name['zh-hans']);
      const { nameEn, code, sourceOf = {} } = programme.official ?? {};
      // The facts file glosses BA114055K's class as "(taught in Putonghua)"; the VTC's list writes the
      // title without it and gives the medium separately, which the page shows as a fact.
      const factsName = fact?.nameEn.replace(/ \(taught in [^)]*\)$/, '');
      if (nameEn && fact?.nameEn) expect(nameEn).toBe(factsName);
      if (code && fact?.code) expect(code).toBe(fact.code);
      if (nameEn && sourceOf.nameEn === factsFileSource) expect(fact?.nameEn).toBeTruthy();
      if (code && sourceOf.code === factsFileSource) expect(fact?.code).toBeTruthy();
      if (nameEn && !fact?.nameEn) expect(sourceOf.nameEn, 'a name the facts file does not know cites another page').not.toBe(factsFileSource);
      expect(programme.englishName).toBe(nameEn ? 'official' : 'translation');
    },
  );

  it('models intakes from the year the sector joined (facts file: "as the site models it")', () => {
    const years = ['2024/25', '2025/26', '2026/27'];
    for (const p of programmes) {
      const joined = sectors.find((s) => s.id === p.sector)?.joined ?? '';
      expect(p.intakes, p.id).toEqual(years.filter((y) => y >= joined));
    }
  });

  it('records the joining years of the facts file’s history', () => {
    const joined = (year: string) => sectors.filter((s) => s.joined === year).length;
    expect([joined('2024/25'), joined('2025/26'), joined('2026/27')]).toEqual([5, 7, 1]);
  });
});
