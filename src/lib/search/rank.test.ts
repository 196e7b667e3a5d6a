import { describe, expect, it } from 'vitest';
import type { SearchCatalogue, SearchPage } from './contract';
import { countBySector, mergeFound, rankResults } from './rank';
import { simplifier } from './text';

/** A small catalogue in the shape of the real one: two sectors, five programmes. */
const hkiit = ['香港资讯科技学院', 'Hong Kong Institute of Information Technology (HKIIT)'];
const page = (kind: SearchPage['kind'], id: string, sectorId: string, order: number, names: string[], other?: string[]): SearchPage => ({
  kind,
  id,
  sectorId,
  order,
  title: names[0] ?? id,
  url: `/zh-hans/${kind}s/${id}/`,
  names,
  ...(other ? { other } : {}),
});

const catalogue: SearchCatalogue = {
  simplify: { from: '軟師', to: '软师' },
  pages: [
    page('sector', 'it', 'it', 9, ['创新及科技', 'Innovation and Technology', 'IT']),
    page('sector', 'auto', 'auto', 1, ['汽车工程', 'Automobile Engineering']),
    page('programme', 'cloud', 'it', 21, ['云端系统及数据中心管理', 'Cloud Systems and Data Centre Management'], hkiit),
    page('programme', 'software', 'it', 22, ['软件工程', 'Software Engineering'], hkiit),
    page('programme', 'games', 'it', 23, ['游戏及动画', 'Games and Animation'], hkiit),
    page('programme', 'mobile', 'it', 24, ['人工智能及手机软件开发', 'Artificial Intelligence and Mobile App Development']),
    page('programme', 'automotive', 'auto', 1, ['汽车工程', 'Automotive Engineering']),
  ],
  sectors: [
    {
      id: 'it',
      title: '创新及科技',
      url: '/zh-hans/sectors/it/',
      programmes: ['cloud', 'software', 'games', 'mobile'],
      jobs: [
        { label: '程式设计师', forms: ['程式设计师', 'Programmer'], aliases: ['程序员', '码农'] },
        { label: '软件工程师', forms: ['软件工程师', '软体工程师', 'Software Engineer'], aliases: ['前端'] },
        { label: '云端工程师', forms: ['云端工程师', 'Cloud Engineer'], aliases: [] },
      ],
    },
    {
      id: 'auto',
      title: '汽车工程',
      url: '/zh-hans/sectors/auto/',
      programmes: ['automotive'],
      workplaces: ['于汽车维修中心工作'],
      jobs: [
        { label: '助理工程师', forms: ['助理工程师', 'Assistant Engineer'], aliases: [] },
        { label: '维修顾问', forms: ['维修顾问', 'Service Advisor'], aliases: ['服务顾问'] },
      ],
    },
  ],
};

const found = (...ids: [string, number][]) =>
  ids.map(([id, score]) => ({ url: catalogue.pages.find((p) => p.id === id)!.url, score }));
const order = (query: string, ...ids: [string, number][]) =>
  rankResults(query, catalogue, found(...ids), simplifier(catalogue.simplify)).map((h) => h.page.id);

describe('rankResults', () => {
  it('puts the programme named like the job first, then its sector siblings, then the sector page', () => {
    // Pagefind finds the sector page (job title) and, by its name, the programme page.
    expect(order('软件工程师', ['it', 1], ['software', 0.5])).toEqual(['software', 'mobile', 'cloud', 'games', 'it']);
  });

  it('reads a Traditional query as Simplified', () => {
    expect(order('軟件工程師', ['it', 1])[0]).toBe('software');
  });

  it('matches aliases written in Traditional (zh-Hant catalogue) and shows them as written', () => {
    const hant: SearchCatalogue = {
      ...catalogue,
      simplify: { from: '員農', to: '员农' },
      sectors: catalogue.sectors.map((s) => ({ ...s, jobs: s.jobs.map((j) => ({ ...j, aliases: j.aliases.map((a) => a.replace('员', '員')) })) })),
    };
    const [first] = rankResults('程序员', hant, found(['it', 1]), simplifier(hant.simplify));
    expect(first?.jobs[0]?.alias).toBe('程序員');
  });

  it('explains a result by the job titles that match, through an alias when the student used one', () => {
    const [first] = rankResults('程序员', catalogue, found(['it', 1]));
    expect(first?.jobs).toEqual([{ label: '程式设计师', alias: '程序员', match: { strength: 4, overlap: 3 } }]);
    const [software] = rankResults('软件工程师', catalogue, found(['it', 1]));
    expect(software?.jobs.map((j) => j.label)).toEqual(['软件工程师']);
  });

  it('a sector page found brings in all its programmes when a job title matches', () => {
    expect(order('码农', ['it', 1])).toEqual(['cloud', 'software', 'games', 'mobile', 'it']);
  });

  it('shows nothing the catalogue cannot explain: a page found through stray characters', () => {
    // Pagefind may find 电商 on a page that has 电 and 商 somewhere, in other words.
    expect(order('电商', ['it', 0.3])).toEqual([]);
    expect(order('网红', ['software', 0.3], ['it', 0.2])).toEqual([]);
  });

  it('ranks a partial title by name first: 维修 → the sector whose job titles contain it', () => {
    expect(order('维修', ['auto', 1])).toEqual(['automotive', 'auto']);
  });

  it('a sector page found by its own name brings in its programmes', () => {
    expect(order('IT', ['it', 1])).toEqual(['it', 'cloud', 'software', 'games', 'mobile']);
  });

  it('explains a sector and its programmes by where its graduates work', () => {
    expect(order('维修中心', ['auto', 1])).toEqual(['automotive', 'auto']);
  });

  it('names the partly matching job titles when none matches fully', () => {
    const [first] = rankResults('云端架构师', catalogue, found(['it', 1]));
    expect(first?.jobs.map((j) => [j.label, j.match.strength])).toEqual([['云端工程师', 2]]);
  });

  it('explains a page by the rest of what is indexed, ordered by Pagefind’s score', () => {
    expect(order('HKIIT', ['games', 0.2], ['software', 0.9], ['cloud', 0.5])).toEqual(['software', 'cloud', 'games']);
    expect(order('资讯科技学院', ['games', 0.2], ['software', 0.9])).toEqual(['software', 'games']);
  });

  it('a strong name match beats a better job match elsewhere', () => {
    // 汽车工程 is both a sector and a programme name; the programme page comes first.
    expect(order('汽车工程', ['auto', 1], ['automotive', 1])).toEqual(['automotive', 'auto']);
  });

  it('drops addresses the catalogue does not know and lists each page once', () => {
    const hits = rankResults('软件', catalogue, [...found(['software', 1], ['software', 2]), { url: '/elsewhere/', score: 5 }]);
    expect(hits.map((h) => h.page.id)).toEqual(['software']);
  });
});

describe('mergeFound', () => {
  it('adds the scores of pages found by several words and sorts by them', () => {
    expect(
      mergeFound([
        [{ url: '/a/', score: 1 }, { url: '/b/', score: 2 }],
        [{ url: '/a/', score: 2 }],
      ]),
    ).toEqual([
      { url: '/a/', score: 3 },
      { url: '/b/', score: 2 },
    ]);
  });
});

describe('countBySector', () => {
  it('counts results per sector in ranking order', () => {
    const hits = rankResults('工程师', catalogue, found(['it', 1], ['auto', 1]));
    expect(countBySector(hits).map(({ sector, count }) => [sector.id, count])).toEqual([
      ['auto', 2],
      ['it', 5],
    ]);
  });
});
