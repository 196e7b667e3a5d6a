import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { careers, careersInOrder, careersOfSector, programmeFit } from './careers';
import { realNameCatalogue } from './testing';

const { catalogue } = realNameCatalogue();
const best = (sectorId: string, zhHans: string) =>
  careersOfSector(catalogue, sectorId, 'zh-hans').find((c) => c.label === zhHans)?.sectors[0]?.programmes.filter((p) => p.best).map((p) => p.id);

describe('the site’s best fit, on meaning rather than shared characters', () => {
  examples('%s %s → %j', best, [
    ['innovation-and-technology', '软件工程师', ['software-engineering']],
    ['innovation-and-technology', '数据分析师', ['data-science-and-artificial-intelligence']],
    ['innovation-and-technology', '网络安全分析师', ['cybersecurity']],
    ['innovation-and-technology', '程式设计师', ['software-engineering', 'artificial-intelligence-and-mobile-app-development']],
    ['aviation-transport-and-logistics', '飞机维修策划工程师', ['aircraft-maintenance-engineering']],
    ['aviation-transport-and-logistics', '空中服务员', ['aviation-cabin-and-passenger-services']], // shares only 服务 with its name
    // The review's case: an assistant building surveyor shares 建筑 with the architecture subject
    // group, but it is the surveying programme that fits.
    ['building-civil-engineering-and-built-environment', '助理建筑测量师', ['surveying']],
  ]);

  it('names a best fit for every job title of every sector, with a reason in each language', () => {
    for (const locale of ['zh-hans', 'zh-hant', 'en'] as const) {
      for (const career of careers(catalogue, locale)) {
        for (const link of career.sectors) {
          const fits = link.programmes.filter((p) => p.best);
          expect(fits.length, `${career.label} in ${link.sectorId}`).toBeGreaterThan(0);
          for (const fit of fits) expect(fit.why, career.label).toMatch(/\S/);
        }
      }
    }
  });

  it('carries the caveats of the interior designer’s and the Chinese cuisine chefs’ routes', () => {
    const caveatOf = (sectorId: string, title: string, locale: 'zh-hans' | 'en') =>
      careersOfSector(catalogue, sectorId, locale)
        .find((c) => c.label === title)
        ?.sectors[0]?.programmes.find((p) => p.caveat)?.caveat;
    expect(caveatOf('building-civil-engineering-and-built-environment', '助理室内设计师', 'zh-hans')?.text).toMatch(/建筑设计.*园境建筑/);
    expect(caveatOf('building-civil-engineering-and-built-environment', 'Assistant Interior Designer', 'en')?.url).toMatch(/^https:\/\/miao\.vtc\.edu\.hk\//);
    for (const title of ['副主厨(中菜烹饪专才)', '点心师傅(中菜烹饪专才)', '烧味师傅(中菜烹饪专才)', '砵板师傅(中菜烹饪专才)', '宴会主厨(中菜烹饪专才)']) {
      expect(caveatOf('hospitality-and-tourism', title, 'zh-hans')?.text, title).toMatch(/粤语/);
    }
    expect(caveatOf('hospitality-and-tourism', '副主厨', 'zh-hans')).toBeUndefined();
    expect(caveatOf('building-civil-engineering-and-built-environment', '建筑设计助理', 'zh-hans')).toBeUndefined();
  });
});

describe('other names', () => {
  it('shows a title’s aliases in the reader’s script', () => {
    const of = (locale: 'zh-hans' | 'zh-hant' | 'en', label: string) => careers(catalogue, locale).find((c) => c.label === label)?.otherNames ?? [];
    expect(of('zh-hans', '程式设计师')).toContain('程序员');
    expect(of('zh-hant', '程式設計師')).toContain('程序員');
    expect(of('zh-hant', '程式設計師')).not.toContain('程序员');
    const english = of('en', 'Programmer');
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((name) => !/\p{Script=Han}/u.test(name))).toBe(true);
  });
});

describe('careers', () => {
  it('lists every job title once, a title of several sectors with each sector', () => {
    const all = careers(catalogue, 'zh-hans');
    const labels = new Set(catalogue.sectors.flatMap((s) => s.jobs.map((j) => j.title['zh-hans'])));
    expect(all.map((c) => c.label).sort()).toEqual([...labels].sort());
    expect(all.find((c) => c.label === '助理工程师')?.sectors.map((s) => s.sectorId)).toEqual([
      'automobile-engineering',
      'building-civil-engineering-and-built-environment',
      'electrical-and-mechanical-services',
    ]);
  });

  it('leads each title to every programme of its sector, the best fit first in the site’s order', () => {
    const ai = careers(catalogue, 'en').find((c) => c.label === 'Artificial Intelligence Engineer');
    const programmes = ai?.sectors[0]?.programmes ?? [];
    expect(programmes).toHaveLength(9);
    expect(programmes.slice(0, 3).map((p) => [p.id, p.best])).toEqual([
      ['artificial-intelligence-and-smart-technology', true],
      ['data-science-and-artificial-intelligence', true],
      ['artificial-intelligence-and-mobile-app-development', true],
    ]);
    // The rest in brochure order.
    expect(programmes.slice(3).map((p) => p.id)).toEqual([
      'software-engineering',
      'cloud-systems-and-data-centre-management',
      'cybersecurity',
      'games-and-animation',
      'creative-technology-for-theme-parks-and-theatres',
      'digital-media-technology',
    ]);
  });

  it('gives a sector its titles in brochure order', () => {
    expect(careersOfSector(catalogue, 'maritime', 'zh-hant').map((c) => c.label)).toEqual(['商船見習甲板副長']);
  });
});

describe('careersInOrder', () => {
  const career = (label: string) => ({ label, en: label, otherNames: [], sectors: [] });

  it('groups what sorts before every letter or stroke under #', () => {
    expect(careersInOrder([career('3D Artist'), career('Animator')], 'en').map((g) => g.label)).toEqual(['#', 'A']);
    expect(careersInOrder([career('3D动画师')], 'zh-hans').map((g) => g.label)).toEqual(['#']);
    expect(careersInOrder([career('3D動畫師')], 'zh-hant').map((g) => g.label)).toEqual(['#']);
  });

  it('sorts English A to Z, grouped by first letter', () => {
    const groups = careersInOrder(careers(catalogue, 'en'), 'en');
    expect(groups[0]?.label).toBe('A');
    expect(groups.map((g) => g.label)).toEqual([...groups.map((g) => g.label)].sort());
    expect(groups.find((g) => g.label === 'S')?.careers.map((c) => c.label)).toContain('Software Engineer');
  });

  it('sorts Simplified Chinese by pinyin, grouped by its first letter', () => {
    const groups = careersInOrder(careers(catalogue, 'zh-hans'), 'zh-hans');
    const letterOf = (label: string) => groups.find((g) => g.careers.some((c) => c.label === label))?.label;
    expect(letterOf('程式设计师')).toBe('C');
    expect(letterOf('软件工程师')).toBe('R');
    expect(letterOf('助理工程师')).toBe('Z');
    expect(letterOf('园艺师')).toBe('Y');
    expect(letterOf('数据分析师')).toBe('S');
    expect(groups.map((g) => g.label)).toEqual([...groups.map((g) => g.label)].sort());
  });

  it('sorts Traditional Chinese by strokes, grouped by the first character’s count', () => {
    const groups = careersInOrder(careers(catalogue, 'zh-hant'), 'zh-hant');
    const strokesOf = (label: string) => groups.find((g) => g.careers.some((c) => c.label === label))?.label;
    expect(strokesOf('化驗技師')).toBe('4'); // 化: 4 strokes
    expect(strokesOf('助理工程師')).toBe('7'); // 助: 7
    expect(strokesOf('管工')).toBe('14'); // 管: 14
    const counts = groups.map((g) => Number(g.label));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});

describe('programmeFit: a programme page’s marks', () => {
  it('names the sector’s titles the programme fits best, with why, in the page’s language', () => {
    const fit = programmeFit(catalogue, 'software-engineering', 'en');
    expect(Object.keys(fit.best)).toEqual(['程式设计师', '软件工程师']);
    expect(fit.best['软件工程师']).toBe('It is named for software engineering.');
    expect(fit.caveats).toEqual([]);
  });

  it('carries the caveats on its routes, with their titles', () => {
    const fit = programmeFit(catalogue, 'architecture-interior-and-landscape-design', 'zh-hant');
    expect(Object.keys(fit.best)).toEqual(['建筑设计助理', '园境设计助理', '助理室内设计师']);
    expect(fit.caveats).toHaveLength(1);
    expect(fit.caveats[0]?.jobs).toEqual(['助理室内设计师']);
    expect(fit.caveats[0]?.text).toMatch(/園境建築/);
  });

  it('has nothing for a programme no title fits best (its page marks nothing)', () => {
    expect(programmeFit(catalogue, 'games-and-animation', 'zh-hans')).toEqual({ best: {}, caveats: [] });
  });
});
