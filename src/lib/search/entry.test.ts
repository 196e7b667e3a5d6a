import { describe, expect, it } from 'vitest';
import { programmeIndexPage, searchCatalogue, sectorIndexPage, weights } from './entry';
import { realNameCatalogue } from './testing';
import { simplifiedText } from './forms';
import { simplifier } from './text';

const { catalogue } = realNameCatalogue();

describe('the index entry of a page', () => {
  it('weights a page’s own name above job titles above their aliases above the rest', () => {
    expect(weights.name).toBeGreaterThan(weights.job);
    expect(weights.job).toBeGreaterThan(weights.jobAlias);
    expect(weights.jobAlias).toBeGreaterThan(weights.other);
  });

  it('gives a programme page its names in every script and English, Chinese split into words', () => {
    const page = programmeIndexPage(catalogue, 'software-engineering', 'en');
    expect(page.title).toBe('Software Engineering');
    expect(page.sector).toBe('Innovation and Technology');
    const [name] = page.blocks;
    expect(name?.weight).toBe(weights.name);
    expect(name?.text).toContain('软件 工程');
    expect(name?.text).toContain('软体 工程'); // Taiwan vocabulary
    expect(name?.text).toContain('Software Engineering');
  });

  it('keeps job titles off programme pages: they are on the sector page, once', () => {
    const programme = programmeIndexPage(catalogue, 'software-engineering', 'zh-hans');
    expect(programme.blocks.map((b) => b.text).join(' ')).not.toContain('程序员');
    const sector = sectorIndexPage(catalogue, 'innovation-and-technology', 'zh-hant');
    expect(sector.title).toBe('創新及科技');
    const jobs = sector.blocks.find((b) => b.weight === weights.job)?.text ?? '';
    const aliases = sector.blocks.find((b) => b.weight === weights.jobAlias)?.text ?? '';
    expect(jobs).toContain('程式 设计 师');
    expect(jobs).toContain('Programmer');
    expect(aliases).toContain('程序 员');
  });

  it('fails loudly for an unknown page', () => {
    expect(() => programmeIndexPage(catalogue, 'astronomy', 'en')).toThrow(/unknown programme astronomy/);
    expect(() => sectorIndexPage(catalogue, 'space', 'en')).toThrow(/unknown sector space/);
  });
});

describe('searchCatalogue', () => {
  const paths = { programme: (id: string) => `/zh-hant/programmes/${id}/`, sector: (id: string) => `/zh-hant/sectors/${id}/` };
  const island = searchCatalogue(catalogue, 'zh-hant', paths);

  it('lists every programme and sector page once, titled in the locale', () => {
    expect(island.pages).toHaveLength(47);
    expect(new Set(island.pages.map((p) => p.url)).size).toBe(47);
    expect(island.pages.find((p) => p.id === 'software-engineering')?.title).toBe('軟件工程');
  });

  it('gives each sector its job titles, labelled in the locale, and its programmes', () => {
    const it_ = island.sectors.find((s) => s.id === 'innovation-and-technology');
    expect(it_?.jobs[0]?.label).toBe('程式設計師');
    expect(it_?.programmes).toContain('software-engineering');
    for (const sector of island.sectors) expect(sector.programmes.length).toBeGreaterThan(0);
  });

  it('writes aliases, which are shown, in the page’s script', () => {
    const programmer = (c: typeof island) => c.sectors.find((s) => s.id === 'innovation-and-technology')?.jobs[0]?.aliases ?? [];
    expect(programmer(island)).toContain('程序員');
    expect(programmer(island)).not.toContain('程序员');
    expect(programmer(searchCatalogue(catalogue, 'zh-hans', paths))).toContain('程序员');
  });

  it('carries a table for every Traditional character of the site, aliases included', () => {
    const simplify = simplifier(island.simplify);
    for (const sector of island.sectors) {
      for (const job of sector.jobs) for (const alias of job.aliases) expect(simplifiedText(simplify(alias))).toBe(simplify(alias));
    }
    expect(simplify('碼農')).toBe('码农');
    expect(island.simplify.from).toContain('軟');
    expect(island.simplify.from).toContain('體');
    expect([...island.simplify.from]).toHaveLength([...island.simplify.to].length);
  });
});
