import { describe, expect, it } from 'vitest';
import type { SearchCatalogue, SearchJob, SearchPage } from './contract';
import { countBySector, rankResults } from './rank';
import { simplifier } from './text';

/** A small catalogue in the shape of the real one: four sectors, eight programmes. */
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
const job = (label: string, forms: string[], aliases: string[], best: string[], extra: Partial<SearchJob> = {}): SearchJob => ({
  label,
  forms,
  aliases,
  best,
  why: best.map((id) => `${id} fits ${label}`),
  ...extra,
});
const sector = (id: string, title: string, programmes: string[]) => ({ id, title, url: `/zh-hans/sectors/${id}/`, programmes });

const catalogue: SearchCatalogue = {
  simplify: { from: '軟師員', to: '软师员' },
  pages: [
    page('sector', 'it', 'it', 9, ['创新及科技', 'Innovation and Technology']),
    page('sector', 'auto', 'auto', 1, ['汽车工程', 'Automobile Engineering']),
    page('sector', 'air', 'air', 2, ['航空、运输及物流', 'Aviation, Transport and Logistics']),
    page('sector', 'food', 'food', 8, ['酒店及旅游', 'Hospitality and Tourism']),
    page('programme', 'cloud', 'it', 21, ['云端系统及数据中心管理', 'Cloud Systems and Data Centre Management'], hkiit),
    page('programme', 'software', 'it', 22, ['软件工程', 'Software Engineering'], hkiit),
    page('programme', 'games', 'it', 23, ['游戏及动画', 'Games and Animation'], hkiit),
    page('programme', 'mobile', 'it', 24, ['人工智能及手机软件开发', 'Artificial Intelligence and Mobile App Development']),
    page('programme', 'automotive', 'auto', 1, ['汽车工程', 'Automotive Engineering']),
    page('programme', 'cabin', 'air', 2, ['航空机舱及客运服务', 'Aviation Cabin and Passenger Services']),
    page('programme', 'aircraft', 'air', 3, ['飞机维修工程', 'Aircraft Maintenance Engineering']),
    page('programme', 'culinary', 'food', 19, ['厨艺', 'Culinary Arts']),
  ],
  sectors: [
    sector('auto', '汽车工程', ['automotive']),
    sector('air', '航空、运输及物流', ['cabin', 'aircraft']),
    sector('food', '酒店及旅游', ['culinary']),
    sector('it', '创新及科技', ['cloud', 'software', 'games', 'mobile']),
  ],
  details: {
    it: {
      id: 'it',
      names: { it: { aliases: ['IT'] }, games: { aliases: ['游戏开发'] } },
      jobs: [
        job('程式设计师', ['程式设计师', 'Programmer'], ['程序员', '码农'], ['software', 'mobile'], { aliasVariants: ['程式员'] }),
        job('软件工程师', ['软件工程师', 'Software Engineer'], ['前端'], ['software'], { variants: ['软体工程师'] }),
        job('云端工程师', ['云端工程师', 'Cloud Engineer'], [], ['cloud']),
      ],
    },
    auto: {
      id: 'auto',
      names: {},
      workplaces: ['于汽车维修中心工作'],
      jobs: [
        job('助理工程师', ['助理工程师', 'Assistant Engineer'], [], ['automotive']),
        job('维修顾问', ['维修顾问', 'Service Advisor'], ['服务顾问'], ['automotive']),
      ],
    },
    air: {
      id: 'air',
      names: {},
      jobs: [
        job('空中服务员', ['空中服务员', 'Flight Attendant'], ['空乘'], ['cabin']),
        job('飞机维修机械师', ['飞机维修机械师', 'Aircraft Maintenance Mechanic'], [], ['aircraft']),
      ],
    },
    food: {
      id: 'food',
      names: {},
      jobs: [
        job('副主厨', ['副主厨', 'Sous Chef'], ['厨师'], ['culinary']),
        job('点心师傅(中菜烹饪专才)', ['点心师傅(中菜烹饪专才)', 'Dim Sum Chef (Chinese Cuisine Specialist)'], ['点心师'], ['culinary']),
      ],
      caveats: [{ programme: 'culinary', text: 'The Chinese cuisine stream is taught in Cantonese.', url: 'https://vtc.example/ht', jobs: [1], words: ['中菜', '粤菜'] }],
    },
  },
  noProgramme: [],
  vocabulary: [],
  generic: ['工程', '工程师', '助理', '服务', 'engineer', 'engineering', 'assistant', 'service', 'services'],
};

const rank = (query: string, within = catalogue) => rankResults(query, within, simplifier(within.simplify));
const order = (query: string) => rank(query).map((h) => h.page.id);

describe('rankResults', () => {
  it('puts the programme named like the job first, then its sector siblings, then the sector page', () => {
    // The sector page (job title) and, by its name, the programme page.
    expect(order('软件工程师')).toEqual(['software', 'cloud', 'games', 'mobile', 'it']);
  });

  it('reads a Traditional query as Simplified', () => {
    expect(order('軟件工程師')[0]).toBe('software');
  });

  it('matches aliases written in Traditional (zh-Hant catalogue) and shows them as written', () => {
    const hant: SearchCatalogue = {
      ...catalogue,
      details: { ...catalogue.details, it: { ...catalogue.details.it!, jobs: catalogue.details.it!.jobs.map((j) => ({ ...j, aliases: j.aliases.map((a) => a.replace('员', '員')) })) } },
    };
    const [first] = rank('程序员', hant);
    expect(first?.jobs[0]?.alias).toBe('程序員');
  });

  it('explains a result by the job titles that match, through an alias when the student used one', () => {
    const [first] = rank('程序员');
    expect(first?.jobs).toEqual([{ label: '程式设计师', index: 0, alias: '程序员', match: { strength: 4, closeness: 1, overlap: 3, converted: false } }]);
    const [software] = rank('软件工程师');
    expect(software?.jobs.map((j) => j.label)).toEqual(['软件工程师']);
  });

  it('a sector page found brings in all its programmes, the best fit for the job title first', () => {
    expect(order('码农')).toEqual(['software', 'mobile', 'cloud', 'games', 'it']);
    expect(order('云端工程师')).toEqual(['cloud', 'software', 'games', 'mobile', 'it']);
  });

  it('says why a best fit fits, for the title it fits', () => {
    const [first, second, third] = rank('程序员');
    expect(first?.best).toEqual({ job: '程式设计师', rank: 0, why: 'software fits 程式设计师' });
    expect(second?.best?.rank).toBe(1);
    expect(third?.best).toBeUndefined();
  });

  it('ranks a title that is mostly the query above one that merely contains it', () => {
    // 维修 is half of 维修顾问, a third of the name 飞机维修工程 and two sevenths of 飞机维修机械师.
    expect(order('维修')).toEqual(['automotive', 'aircraft', 'auto', 'cabin', 'air']);
    expect(order('机械师')).toEqual(['aircraft', 'cabin', 'air']);
  });

  it('ranks a match in the student’s own words above one reached only through a derived spelling', () => {
    // 程式员 is the Taiwan spelling OpenCC derives from the alias 程序员; 程式设计师 is written.
    const [viaVariant] = rank('程式员');
    expect(viaVariant?.job.converted).toBe(true);
    const [written] = rank('程式设计师');
    expect(written?.job.converted).toBe(false);
  });

  it('shows nothing it cannot explain: no page shares a word with the query', () => {
    expect(order('电商')).toEqual([]);
    expect(order('网红')).toEqual([]);
  });

  it('makes no partial match of a generic word alone, nor of two characters in a long text', () => {
    expect(order('土木工程')).toEqual([]); // only 工程 in common
    expect(order('电子服务')).toEqual([]); // 服务 is generic
    expect(order('汽车零件')).toEqual(['automotive', 'auto']); // 汽车 is half of it
    expect(order('手机软件')[0]).toBe('mobile'); // a 4-character run
  });

  it('a sector page found by the aliases of its name brings in its programmes', () => {
    expect(order('IT')).toEqual(['it', 'cloud', 'software', 'games', 'mobile']);
  });

  it('explains a sector and its programmes by where its graduates work', () => {
    const ids = order('维修中心');
    expect(ids[0]).toBe('automotive'); // 于汽车维修中心工作, and half of 维修顾问
    expect(ids).toContain('auto');
  });

  it('names the partly matching job titles when none matches fully', () => {
    const [first] = rank('云端工程专家');
    expect(first?.jobs.map((j) => [j.label, j.match.strength])).toEqual([['云端工程师', 2]]);
  });

  it('explains a page by the rest it may be searched by: its institution, in brochure order', () => {
    expect(order('HKIIT')).toEqual(['cloud', 'software', 'games']);
    expect(order('资讯科技学院')).toEqual(['cloud', 'software', 'games']);
  });

  it('a name that is mostly the query is a strong match; one that merely contains it is not', () => {
    expect(rank('软件工程师')[0]?.ownName).toMatchObject({ strength: 3, closeness: 0.8 });
    expect(order('飞机维修')[0]).toBe('aircraft');
  });

  it('a strong name match beats a better job match elsewhere', () => {
    // 汽车工程 is both a sector and a programme name; the programme page comes first.
    expect(order('汽车工程')).toEqual(['automotive', 'auto']);
  });

  it('a programme matched by the alias of its own name fits like a best fit', () => {
    expect(order('游戏开发')[0]).toBe('games');
  });

  it('carries a programme’s caveat on a route through its titles, or when the query says its words', () => {
    const [dimSum] = rank('点心师');
    expect(dimSum?.caveats).toEqual([{ text: 'The Chinese cuisine stream is taught in Cantonese.', url: 'https://vtc.example/ht' }]);
    const [chef] = rank('厨师');
    expect(chef?.page.id).toBe('culinary');
    expect(chef?.caveats).toEqual([]);
    const [cantonese] = rank('粤菜厨师');
    expect(cantonese?.caveats).toHaveLength(1);
  });

  it('lists each page once, and shows nothing of a sector whose words it does not have', () => {
    const ids = order('软件');
    expect(ids[0]).toBe('software');
    expect(new Set(ids).size).toBe(ids.length);
    const { it: _, ...others } = catalogue.details;
    expect(rank('程序员', { ...catalogue, details: others })).toEqual([]);
  });

  it('a title matched only in part brings in its best fit and the sector page, not the whole sector', () => {
    // 云端工程专家 shares 云端工程 with 云端工程师 (best fit: cloud), nothing with the other names.
    expect(order('云端工程专家')).toEqual(['cloud', 'it']);
  });
});

describe('countBySector', () => {
  it('counts results per sector in ranking order', () => {
    const hits = rank('工程师');
    expect(countBySector(hits).map(({ sector, count }) => [sector.id, count])).toEqual([
      ['auto', 2],
      ['it', 5],
    ]);
  });
});
