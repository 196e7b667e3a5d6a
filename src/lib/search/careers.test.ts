import { describe, expect, it } from 'vitest';
import { careers, careersInOrder, careersOfSector, namedLike } from './careers';
import { realNameCatalogue } from './testing';

const { catalogue } = realNameCatalogue();
const programme = (id: string) => catalogue.programmes.find((p) => p.id === id)!;
const title = (zhHans: string) => catalogue.sectors.flatMap((s) => s.jobs).find((j) => j.title['zh-hans'] === zhHans)!.title;

describe('namedLike: a programme named like a job title', () => {
  it.each([
    ['软件工程师', 'software-engineering', true],
    ['数据分析师', 'data-science-and-artificial-intelligence', true],
    ['网络安全分析师', 'cybersecurity', true],
    ['飞机维修策划工程师', 'aircraft-maintenance-engineering', true],
    ['物业管理专员', 'real-estate-and-property-management', true],
    ['化验技师', 'analytical-science', true],
    ['助理工程师', 'automotive-engineering', false], // only the generic 工程
    ['空中服务员', 'aviation-cabin-and-passenger-services', false], // only the generic 服务
    ['程式设计师', 'software-engineering', false],
  ])('%s and %s: %s', (job, id, expected) => {
    expect(namedLike(title(job), programme(id))).toBe(expected);
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

  it('leads each title to every programme of its sector, those named like it first', () => {
    const software = careers(catalogue, 'en').find((c) => c.label === 'Software Engineer');
    const programmes = software?.sectors[0]?.programmes ?? [];
    expect(programmes).toHaveLength(9);
    expect(programmes[0]).toEqual({ id: 'software-engineering', namedLike: true });
    expect(programmes.filter((p) => p.namedLike).map((p) => p.id)).toEqual([
      'software-engineering',
      'artificial-intelligence-and-mobile-app-development',
    ]);
  });

  it('gives a sector its titles in brochure order', () => {
    expect(careersOfSector(catalogue, 'maritime', 'zh-hant').map((c) => c.label)).toEqual(['商船見習甲板副長']);
  });
});

describe('careersInOrder', () => {
  const career = (label: string) => ({ label, en: label, sectors: [] });

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
