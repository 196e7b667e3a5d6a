import { describe, expect, it } from 'vitest';
import { genericWords, searchCatalogue } from './entry';
import { realNameCatalogue } from './testing';
import { simplifiedText } from './forms';
import { simplifier } from './text';

const { catalogue } = realNameCatalogue();

describe('genericWords', () => {
  const generic = genericWords(catalogue);
  it('lists the words the names, titles and aliases of three sectors or more share', () => {
    expect(generic).toEqual(expect.arrayContaining(['工程', '工程师', '技术员', '主任', '助理', '人员', '维修', 'officer', 'assistant', 'engineer']));
  });
  it('leaves out words of one or two sectors, which still say something', () => {
    for (const word of ['软件', '物业', '化验', '厨师', '空乘', '机械', '电工', 'software', 'chef', 'logistic']) expect(generic).not.toContain(word);
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
    expect(island.details['innovation-and-technology']?.jobs[0]?.label).toBe('程式設計師');
    expect(it_?.programmes).toContain('software-engineering');
    for (const sector of island.sectors) expect(sector.programmes.length).toBeGreaterThan(0);
  });

  it('writes aliases, which are shown, in the page’s script', () => {
    const programmer = (c: typeof island) => c.details['innovation-and-technology']?.jobs[0]?.aliases ?? [];
    expect(programmer(island)).toContain('程序員');
    expect(programmer(island)).not.toContain('程序员');
    expect(programmer(searchCatalogue(catalogue, 'zh-hans', paths))).toContain('程序员');
  });

  it('carries a table for every Traditional character of the site, aliases included', () => {
    const simplify = simplifier(island.simplify);
    for (const detail of Object.values(island.details)) {
      for (const job of detail.jobs) for (const alias of job.aliases) expect(simplifiedText(simplify(alias))).toBe(simplify(alias));
    }
    expect(simplify('碼農')).toBe('码农');
    expect(island.simplify.from).toContain('軟');
    expect(island.simplify.from).toContain('體');
    expect([...island.simplify.from]).toHaveLength([...island.simplify.to].length);
  });

  it('gives every job title its best fit and why, in the page’s language', () => {
    for (const detail of Object.values(island.details)) {
      for (const job of detail.jobs) {
        expect(job.best.length, job.label).toBeGreaterThan(0);
        expect(job.why).toHaveLength(job.best.length);
      }
    }
    expect(island.details['innovation-and-technology']?.jobs[1]).toMatchObject({ label: '軟件工程師', best: ['software-engineering'], why: ['課程名稱就是軟件工程。'] });
  });

  it('carries the caveats, with the titles whose route they are on', () => {
    const [caveat] = island.details['hospitality-and-tourism']?.caveats ?? [];
    expect(caveat?.programme).toBe('culinary-arts');
    expect(caveat?.text).toMatch(/粵語/);
    expect(caveat?.jobs).toHaveLength(5);
    expect(caveat?.words).toContain('中菜');
  });

  it('holds the jobs no programme leads to, and the Latin vocabulary for typos', () => {
    expect(island.noProgramme.find((j) => j.forms.includes('护士'))?.label).toBe('護士');
    expect(island.vocabulary).toEqual(expect.arrayContaining(['software', 'engineer', 'nurse']));
    expect(new Set(island.vocabulary).size).toBe(island.vocabulary.length);
    expect(island.vocabulary.indexOf('engineer')).toBeLessThan(island.vocabulary.indexOf('engine'));
  });
});
