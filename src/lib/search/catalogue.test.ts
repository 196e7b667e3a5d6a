import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNameCatalogue, type AliasSource } from './catalogue';
import { simplificationTable, searchForms } from './forms';
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
      catalogue.sectors.find((s) => s.id === sector)?.jobs.find((j) => j.title['zh-hans'] === title)?.aliases ?? [];
    expect(aliasesOf('innovation-and-technology', '程式设计师')).toEqual(expect.arrayContaining(['程序员', '程序猿', '码农']));
    expect(aliasesOf('innovation-and-technology', '软件工程师')).toEqual(expect.arrayContaining(['前端', '后端']));
    expect(aliasesOf('innovation-and-technology', '数据分析师')).toContain('数据分析');
    expect(aliasesOf('innovation-and-technology', '网络安全分析师')).toContain('网安');
    expect(aliasesOf('innovation-and-technology', '云端工程师')).toContain('运维');
    expect(aliasesOf('aviation-transport-and-logistics', '空中服务员')).toEqual(expect.arrayContaining(['空乘', '空姐', '空少']));
    expect(aliasesOf('e-commerce', '电子商贸主任')).toContain('电商');
    expect(aliasesOf('property-management', '物业管理专员')).toContain('物管');
    expect(aliasesOf('life-and-health-technology', '品质控制技术员')).toContain('质检');
    const kitchen = catalogue.sectors.find((s) => s.id === 'hospitality-and-tourism')!.jobs.filter((j) => j.aliases.includes('厨师'));
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

  it('lists every sector, programme and job title of the brochure', () => {
    expect(catalogue.sectors).toHaveLength(13);
    expect(catalogue.programmes).toHaveLength(34);
    const titles = catalogue.sectors.reduce((n, s) => n + s.jobs.length, 0);
    expect(titles).toBe(sources.sectors.reduce((n, s) => n + s.jobTitles.length, 0));
    expect(catalogue.programmes.map((p) => p.order)).toEqual(catalogue.programmes.map((_, i) => i + 1));
  });
});

describe('cross-script recall (the invariant the search relies on)', () => {
  const everyForm = catalogue.sectors.flatMap((s) => [...s.forms, ...s.jobs.flatMap((j) => [...j.forms, ...j.aliases])]);
  const simplify = simplifier(simplificationTable([...everyForm, ...catalogue.programmes.flatMap((p) => p.forms)]));
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const titles = catalogue.sectors.flatMap((s) => s.jobs);

  it('reads any job title or alias written in Hong Kong or Taiwan characters back to one of its forms', () => {
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.constantFrom(toHongKong, toTaiwan), (job, convert) => {
        for (const term of [job.title['zh-hans'], ...job.aliases.filter((a) => /\p{Script=Han}/u.test(a))]) {
          const all = [...job.forms, ...job.aliases];
          expect(all).toContain(simplify(convert(term)));
        }
      }),
    );
  });

  it('holds every form in Simplified characters or English', () => {
    for (const form of everyForm) expect(searchForms(form)[0]).toBe(form);
  });
});
