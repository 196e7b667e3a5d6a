import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import {
  institutionChoices,
  institutionKey,
  languageChoices,
  programmeClasses,
  rowFacets,
  sectorChoices,
  tableRows,
  vtcPageOf,
  type ProgrammeData,
  type SectorData,
} from './rows';

const text = (en: string, zh = en) => ({ 'zh-hans': zh, 'zh-hant': zh, en });
const page = (url: string) => ({ url, title: 'A page', accessed: '2026-11-25' });

const sectors: SectorData[] = [
  { id: 'maritime', order: 2, name: text('Maritime', '海事服务'), colour: 'blue' },
  { id: 'healthcare', order: 1, name: text('Healthcare', '健康护理'), colour: 'rose' },
];

const ive = text('Hong Kong Institute of Vocational Education (IVE)', '香港专业教育学院');
const programme = (id: string, sector: string, order: number, extra: Partial<ProgrammeData> = {}): ProgrammeData => ({
  id,
  sector,
  order,
  name: text(id, `课程${id}`),
  englishName: 'translation',
  intakes: ['2025/26', '2026/27'],
  official: { sourceOf: {} },
  sources: {},
  mediumOfInstruction: [],
  ...extra,
});

const programmes: ProgrammeData[] = [
  programme('maritime-studies', 'maritime', 1, {
    englishName: 'official',
    intakes: ['2024/25', '2025/26', '2026/27'],
    official: {
      nameEn: 'Higher Diploma in Maritime Studies',
      code: 'EG114712',
      codeYear: '2025/26',
      institution: ive,
      sourceOf: { nameEn: 'list', code: 'miao', institution: 'list' },
    },
    sources: { list: page('https://www.vtc.edu.hk/hqip/vpas-std.php'), miao: page('https://miao.vtc.edu.hk/eg114712') },
  }),
  programme('rehabilitation', 'healthcare', 2, {
    official: { institution: ive, code: 'AS114206', sourceOf: { institution: 'ive', code: 'list' } },
    sources: { ive: page('https://www.vtc.edu.hk/ive'), list: page('https://www.vtc.edu.hk/hqip/vpas-std.php') },
    mediumOfInstruction: [
      { code: 'AS114206', medium: 'not-stated', source: 'list', seen: 'vpas-list' },
      { code: 'AS114206J', medium: 'cantonese', source: 'list', seen: 'vpas-list' },
    ],
  }),
  programme('biomedical', 'healthcare', 1),
];

describe('tableRows', () => {
  const rows = tableRows(sectors, programmes, 'zh-hans');

  it('lists every programme once, in the brochure’s order: by sector, then by position', () => {
    expect(rows.map((r) => [r.position, r.id])).toEqual([
      [0, 'biomedical'],
      [1, 'rehabilitation'],
      [2, 'maritime-studies'],
    ]);
  });

  it('gives each cell in the reader’s language, and only what the content states', () => {
    expect(rows[2]).toEqual({
      id: 'maritime-studies',
      position: 2,
      name: '课程maritime-studies',
      officialName: 'Higher Diploma in Maritime Studies',
      translatedName: false,
      sector: { id: 'maritime', name: '海事服务', colour: 'blue' },
      institution: { key: 'ive', name: '香港专业教育学院' },
      classes: [{ code: 'EG114712', language: 'not-stated', languageKey: 'medium.notStated', seenKey: null }],
      intakes: ['2024/25', '2025/26', '2026/27'],
      vtcPage: 'https://miao.vtc.edu.hk/eg114712',
    });
    expect(rows[0]).toMatchObject({ officialName: null, institution: null, classes: [], vtcPage: null });
  });

  it('marks an English name as the site’s translation on English pages only', () => {
    expect(tableRows(sectors, programmes, 'en').map((r) => r.translatedName)).toEqual([true, true, false]);
    expect(rows.some((r) => r.translatedName)).toBe(false);
  });

  it('fails the build on a programme whose sector does not exist', () => {
    expect(() => tableRows(sectors, [programme('lost', 'space', 1)], 'en')).toThrow(/lost: unknown sector space/);
  });
});

describe('institutionKey', () => {
  examples('%s → %s', institutionKey, [
    ['Hong Kong Institute of Vocational Education (IVE)', 'ive'],
    ['International Culinary Institute (ICI)', 'ici'],
    ['Maritime Services Training Institute (MSTI)', 'msti'],
    ['A School Without Abbreviation', 'a-school-without-abbreviation'],
    ['The (Odd) Name, Ltd.', 'the-odd-name-ltd'],
  ]);
});

describe('programmeClasses', () => {
  const sources = { list: page('https://www.vtc.edu.hk/hqip/vpas-std.php'), hkiit: page('https://hkiit.edu.hk/it114206k') };
  const none = { official: { sourceOf: {} }, sources, mediumOfInstruction: [] };
  it.each<[string, Parameters<typeof programmeClasses>[0], ReturnType<typeof programmeClasses>]>([
    ['no code, no class: none', none, []],
    ['a code alone: no language stated', { ...none, official: { code: 'AS114109', sourceOf: { code: 'list' } } }, [
      { code: 'AS114109', language: 'not-stated', languageKey: 'medium.notStated', seenKey: null },
    ]],
    [
      'classes with their languages, as the sources state them, with where a code was seen when not on the list',
      {
        ...none,
        official: { code: 'IT114206', sourceOf: { code: 'list' } },
        mediumOfInstruction: [
          { code: 'IT114206', medium: 'not-stated', source: 'list', seen: 'vpas-list' },
          { code: 'IT114206K', medium: 'putonghua', source: 'hkiit', seen: 'page-address' },
        ],
      },
      [
        { code: 'IT114206', language: 'not-stated', languageKey: 'medium.notStated', seenKey: null },
        { code: 'IT114206K', language: 'putonghua', languageKey: 'medium.putonghua', seenKey: 'medium.seen.pageAddress' },
      ],
    ],
  ])('%s', (_, data, expected) => expect(programmeClasses(data)).toEqual(expected));
});

describe('vtcPageOf', () => {
  const sources = { a: page('https://www.vtc.edu.hk/a'), b: page('https://www.vtc.edu.hk/b'), c: page('https://www.vtc.edu.hk/c') };
  examples('%s', (_: string, sourceOf: ProgrammeData['official']['sourceOf']) => vtcPageOf({ official: { sourceOf }, sources }), [
    ['the page cited for the code first', { code: 'a', nameEn: 'b', institution: 'c' }, 'https://www.vtc.edu.hk/a'],
    ['then for the English name', { nameEn: 'b', institution: 'c' }, 'https://www.vtc.edu.hk/b'],
    ['then for the institution', { institution: 'c' }, 'https://www.vtc.edu.hk/c'],
    ['none when nothing is cited', {}, null],
  ]);
});

describe('facets and choices', () => {
  const rows = tableRows(sectors, programmes, 'en');

  it('gives the island what it filters and sorts by; nothing known sorts as empty', () => {
    expect(rowFacets(rows[2]!)).toEqual({
      id: 'maritime-studies',
      position: 2,
      sector: 'maritime',
      institution: 'ive',
      languages: ['not-stated'],
      keys: { name: 'maritime-studies', sector: 'Maritime', institution: ive.en, code: 'EG114712', intakes: '2024/25 2025/26 2026/27' },
    });
    expect(rowFacets(rows[0]!)).toMatchObject({ institution: null, languages: ['not-stated'], keys: { institution: '', code: '' } });
  });

  it('offers each sector once in the brochure’s order, and each named institution once by name', () => {
    expect(sectorChoices(rows)).toEqual([
      { value: 'healthcare', label: 'Healthcare' },
      { value: 'maritime', label: 'Maritime' },
    ]);
    expect(institutionChoices(rows, new Intl.Collator('en').compare)).toEqual([{ value: 'ive', label: ive.en }]);
  });

  it('offers the languages the classes have, in the schema’s order; a programme without a stated language counts as not stated', () => {
    expect(rowFacets(rows[1]!).languages).toEqual(['not-stated', 'cantonese']);
    expect(languageChoices(rows)).toEqual([
      { value: 'cantonese', key: 'medium.cantonese' },
      { value: 'not-stated', key: 'medium.notStated' },
    ]);
    expect(languageChoices(rows.slice(2))).toEqual([{ value: 'not-stated', key: 'medium.notStated' }]);
  });
});
