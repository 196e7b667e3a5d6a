import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNameCatalogue, type AliasSource, type BestFitSource } from './catalogue';
import { simplificationTable, searchForms, type Spellings } from './forms';
import { simplifier } from './text';
import { contentSources, realNameCatalogue } from './testing';
import * as OpenCC from 'opencc-js';

const sources = contentSources();
const { catalogue, problems } = realNameCatalogue();

describe('the alias table (src/content/aliases)', () => {
  it('has one file per sector, named after it', () => {
    expect(sources.aliases.map((a) => a.file).sort()).toEqual(sources.sectors.map((s) => s.id).sort());
    for (const file of sources.aliases) expect(file.sector).toBe(file.file);
  });

  it('points every alias at an existing job title of its sector or programme', () => {
    expect(problems).toEqual([]);
  });

  it('ties every alias to at least one job title, programme or the sector', () => {
    for (const file of sources.aliases) {
      for (const alias of file.aliases) {
        expect(alias.jobTitles.length + alias.programmes.length + (alias.sector ? 1 : 0), alias.terms.join()).toBeGreaterThan(0);
      }
    }
  });

  it('carries the Mainland wording the issue asks for', () => {
    const aliasesOf = (sector: string, title: string) =>
      catalogue.sectors.find((s) => s.id === sector)?.jobs.find((j) => j.title['zh-hans'] === title)?.aliases.forms ?? [];
    expect(aliasesOf('innovation-and-technology', '程式设计师')).toEqual(expect.arrayContaining(['程序员', '程序猿', '码农']));
    expect(aliasesOf('innovation-and-technology', '软件工程师')).toEqual(expect.arrayContaining(['前端', '后端']));
    expect(aliasesOf('innovation-and-technology', '数据分析师')).toContain('数据分析');
    expect(aliasesOf('innovation-and-technology', '网络安全分析师')).toContain('网安');
    expect(aliasesOf('innovation-and-technology', '云端工程师')).toContain('运维');
    expect(aliasesOf('aviation-transport-and-logistics', '空中服务员')).toEqual(expect.arrayContaining(['空乘', '空姐', '空少']));
    expect(aliasesOf('e-commerce', '电子商贸主任')).toContain('电商');
    expect(aliasesOf('property-management', '物业管理专员')).toContain('物管');
    expect(aliasesOf('life-and-health-technology', '品质控制技术员')).toContain('质检');
    const kitchen = catalogue.sectors.find((s) => s.id === 'hospitality-and-tourism')!.jobs.filter((j) => j.aliases.forms.includes('厨师'));
    expect(kitchen.map((j) => j.title['zh-hans'])).toContain('副主厨');
    expect(kitchen).toHaveLength(10);
  });
});

describe('buildNameCatalogue', () => {
  const source = (aliases: AliasSource['aliases']): AliasSource[] => [{ file: 'maritime', sector: 'maritime', aliases }];

  it('reports an alias for a job title its sector does not have', () => {
    const { problems: found } = buildNameCatalogue({ ...sources, aliases: source([{ terms: ['厨师'], jobTitles: ['副主厨'], programmes: [], sector: false }]) });
    expect(found).toEqual(['aliases/maritime [厨师]: no job title "副主厨" in sector maritime']);
  });

  it('reports an alias for a programme of another sector, and a file named after no sector', () => {
    const { problems: found } = buildNameCatalogue({
      ...sources,
      aliases: [
        { file: 'maritime', sector: 'maritime', aliases: [{ terms: ['x'], jobTitles: [], programmes: ['culinary-arts'], sector: false }] },
        { file: 'ocean', sector: 'sea', aliases: [] },
      ],
    });
    expect(found).toEqual([
      'aliases/maritime [x]: no programme "culinary-arts" in sector maritime',
      'aliases/ocean: file name must be its sector id (sea)',
      'aliases/ocean: unknown sector sea',
    ]);
  });

  it('lists where the aliases’ words come from, each once (O*NET must be credited when it is there)', () => {
    const recorded = new Set(sources.aliases.flatMap((file) => file.aliases.flatMap((alias) => alias.from ?? [])));
    expect(new Set(catalogue.aliasOrigins)).toEqual(recorded);
    expect(catalogue.aliasOrigins).toHaveLength(recorded.size);
  });

  it('lists every sector, programme and job title of the brochure', () => {
    expect(catalogue.sectors).toHaveLength(13);
    expect(catalogue.programmes).toHaveLength(34);
    const titles = catalogue.sectors.reduce((n, s) => n + s.jobs.length, 0);
    expect(titles).toBe(sources.sectors.reduce((n, s) => n + s.jobTitles.length, 0));
    expect(catalogue.programmes.map((p) => p.order)).toEqual(catalogue.programmes.map((_, i) => i + 1));
  });
});

describe('cross-script recall (the invariant the search relies on)', () => {
  const spelt = (s: Spellings) => [...s.forms, ...s.variants];
  const everyForm = catalogue.sectors.flatMap((s) => [...spelt(s.spellings), ...s.jobs.flatMap((j) => [...spelt(j.spellings), ...spelt(j.aliases)])]);
  const simplify = simplifier(simplificationTable([...everyForm, ...catalogue.programmes.flatMap((p) => spelt(p.spellings))]));
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const titles = catalogue.sectors.flatMap((s) => s.jobs);

  it('reads any job title or alias written in Hong Kong or Taiwan characters back to one of its forms', () => {
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.constantFrom(toHongKong, toTaiwan), (job, convert) => {
        for (const term of [job.title['zh-hans'], ...job.aliases.forms.filter((a) => /\p{Script=Han}/u.test(a))]) {
          const all = [...spelt(job.spellings), ...spelt(job.aliases)];
          expect(all).toContain(simplify(convert(term)));
        }
      }),
    );
  });

  it('holds every form in Simplified characters or English', () => {
    for (const form of everyForm) expect(searchForms(form)[0]).toBe(form);
  });
});

describe('the best fit (src/content/best-fit) and the jobs no programme leads to (src/content/no-programme)', () => {
  const maritime = (jobs: BestFitSource['jobs'], caveats: BestFitSource['caveats'] = []): BestFitSource[] => [
    ...sources.bestFit.filter((f) => f.sector !== 'maritime'),
    { file: 'maritime', sector: 'maritime', jobs, caveats },
  ];
  const why = { 'zh-hans': '因为', 'zh-hant': '因為', en: 'because' };
  const problemsWith = (change: Partial<Parameters<typeof buildNameCatalogue>[0]>) => buildNameCatalogue({ ...sources, ...change }).problems;

  it('gives every job title of every sector its best fit, with a reason in three locales', () => {
    for (const sector of catalogue.sectors) {
      for (const job of sector.jobs) {
        expect(job.best.length, job.title['zh-hans']).toBeGreaterThan(0);
        for (const fit of job.best) expect(catalogue.programmes.find((p) => p.id === fit.programme)?.sectorId).toBe(sector.id);
      }
    }
  });

  it('reports a title left out, a title the sector does not have, a title twice and a programme of another sector', () => {
    expect(problemsWith({ bestFit: maritime([]) })).toEqual(['best-fit/maritime: no best fit for "商船见习甲板副长"']);
    const fit = { programme: 'maritime-studies', why };
    expect(
      problemsWith({
        bestFit: maritime([
          { title: '商船见习甲板副长', best: [fit] },
          { title: '商船见习甲板副长', best: [fit] },
          { title: '船长', best: [{ programme: 'culinary-arts', why }] },
        ]),
      }),
    ).toEqual([
      'best-fit/maritime: "商船见习甲板副长" appears twice',
      'best-fit/maritime: no job title "船长" in sector maritime',
      'best-fit/maritime "船长": no programme "culinary-arts" in sector maritime',
    ]);
  });

  it('reports a caveat citing a fact its programme does not have, and a sector without a file', () => {
    const jobs = [{ title: '商船见习甲板副长', best: [{ programme: 'maritime-studies', why }] }];
    expect(problemsWith({ bestFit: maritime(jobs, [{ programme: 'maritime-studies', fact: 'no-such-fact', jobTitles: [], words: ['海员'] }]) })).toEqual([
      'best-fit/maritime caveat: maritime-studies has no fact with the id "no-such-fact"',
    ]);
    expect(problemsWith({ bestFit: sources.bestFit.filter((f) => f.sector !== 'maritime') })).toEqual([
      'best-fit/maritime.yaml: missing (every sector needs its best fit)',
    ]);
  });

  it('carries the caveats to their programmes: the fact’s text and source, its titles and words', () => {
    const culinary = catalogue.programmes.find((p) => p.id === 'culinary-arts')!;
    expect(culinary.caveats).toHaveLength(1);
    expect(culinary.caveats[0]?.source.url).toBe('https://ido.vtc.edu.hk/en/programme_detail/HT114360');
    expect(culinary.caveats[0]?.jobs).toContain('点心师傅(中菜烹饪专才)');
    expect(culinary.caveats[0]?.words).toEqual(expect.arrayContaining(['中菜', '粤菜', 'dim sum']));
  });

  it('reports a job no programme leads to whose word is also an alias or a title, or whose nearest sector is unknown', () => {
    const clash = problemsWith({
      noProgramme: [{ file: 'x', jobs: [{ name: { 'zh-hans': '厨师', 'zh-hant': '廚師', en: 'Cook' }, terms: [], nearest: 'space' }] }],
    });
    expect(clash.some((p) => p.startsWith('no-programme/x "厨师": "厨师" is also an alias of hospitality-and-tourism'))).toBe(true);
    expect(clash).toContain('no-programme/x "厨师": unknown sector space');
  });

  it('spells each job no programme leads to every way, its name included', () => {
    const nurse = catalogue.noProgramme.find((j) => j.name.en === 'Nurse')!;
    expect(nurse.spellings.forms).toEqual(expect.arrayContaining(['护士', 'nurse', '注册护士']));
    expect(nurse.nearest).toBe('healthcare');
  });
});
