import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { describeDifference, diffBrochure, similarity, type Difference } from './diff';
import type { BrochureRow } from './table';

const site: BrochureRow[] = [
  { sector: '汽车工程', programmes: ['汽车工程'], jobTitles: ['助理工程师', '维修顾问', '技术员'] },
  { sector: '创新及科技', programmes: ['软件工程', '网络安全', '游戏及动画'], jobTitles: ['程式设计师', '软件工程师'] },
  { sector: '健康护理', programmes: ['康复服务'], jobTitles: ['保健员'], workplaces: '于复康中心工作' },
  { sector: '化验服务', programmes: ['化验科学'], jobTitles: ['化验技师'] },
];

type Edit = (rows: BrochureRow[]) => void;
const edited = (edit: Edit) => {
  const rows = structuredClone(site);
  edit(rows);
  return rows;
};

describe('diffBrochure', () => {
  it('finds no difference between the content and itself', () => {
    expect(diffBrochure(site, site)).toEqual([]);
  });

  it.each<[string, Edit, Difference[]]>([
    ['a sector added', (r) => r.push({ sector: '物业管理', programmes: ['房地产及物业管理'], jobTitles: ['物业管理专员'] }), [
      { kind: 'sector', change: 'added', name: '物业管理' },
      { kind: 'programme', change: 'added', sector: '物业管理', name: '房地产及物业管理' },
      { kind: 'job title', change: 'added', sector: '物业管理', name: '物业管理专员' },
    ]],
    ['a sector removed', (r) => r.splice(3, 1), [
      { kind: 'sector', change: 'removed', name: '化验服务' },
      { kind: 'programme', change: 'removed', sector: '化验服务', name: '化验科学' },
      { kind: 'job title', change: 'removed', sector: '化验服务', name: '化验技师' },
    ]],
    ['a sector renamed, its programmes kept', (r) => (r[1]!.sector = '资讯科技'), [{ kind: 'sector', change: 'renamed', from: '创新及科技', to: '资讯科技' }]],
    ['a programme added', (r) => r[1]!.programmes.push('量子计算'), [{ kind: 'programme', change: 'added', sector: '创新及科技', name: '量子计算' }]],
    ['a programme removed', (r) => r[1]!.programmes.splice(2, 1), [{ kind: 'programme', change: 'removed', sector: '创新及科技', name: '游戏及动画' }]],
    ['a programme renamed', (r) => (r[1]!.programmes[1] = '网络安全及取证'), [
      { kind: 'programme', change: 'renamed', sector: '创新及科技', from: '网络安全', to: '网络安全及取证' },
    ]],
    ['a programme moved to another sector', (r) => {
      r[3]!.programmes = [];
      r[2]!.programmes.push('化验科学');
    }, [{ kind: 'programme', change: 'moved', name: '化验科学', from: '化验服务', to: '健康护理' }]],
    ['a job title added', (r) => r[0]!.jobTitles.push('管工'), [{ kind: 'job title', change: 'added', sector: '汽车工程', name: '管工' }]],
    ['a job title removed', (r) => r[0]!.jobTitles.splice(1, 1), [{ kind: 'job title', change: 'removed', sector: '汽车工程', name: '维修顾问' }]],
    ['a job title renamed', (r) => (r[1]!.jobTitles[1] = '高级软件工程师'), [
      { kind: 'job title', change: 'renamed', sector: '创新及科技', from: '软件工程师', to: '高级软件工程师' },
    ]],
    ['a job title replaced by an unrelated one', (r) => (r[0]!.jobTitles[2] = '销售顾问'), [
      { kind: 'job title', change: 'removed', sector: '汽车工程', name: '技术员' },
      { kind: 'job title', change: 'added', sector: '汽车工程', name: '销售顾问' },
    ]],
    ['the workplace phrase changed', (r) => (r[2]!.workplaces = '于医院工作'), [
      { kind: 'workplaces', change: 'changed', sector: '健康护理', from: '于复康中心工作', to: '于医院工作' },
    ]],
  ])('reports %s', (_what, edit, expected) => {
    expect(diffBrochure(site, edited(edit))).toEqual(expected);
  });

  it('names a renamed sector’s changes under its new name', () => {
    const rows = edited((r) => {
      r[1]!.sector = '资讯科技';
      r[1]!.jobTitles.push('数据分析师');
    });
    expect(diffBrochure(site, rows)).toContainEqual({ kind: 'job title', change: 'added', sector: '资讯科技', name: '数据分析师' });
  });
});

describe('similarity', () => {
  it.each([
    ['网络安全', '网络安全', 1],
    ['网络安全', '网络安全及取证', 2 / 3],
    ['汽车工程', '航空工程', 1 / 3],
    ['管家', '会计', 0],
    ['A', 'A', 1],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected);
  });
});

describe('describeDifference', () => {
  examples('%j', describeDifference, [
    [{ kind: 'sector', change: 'added', name: '物业管理' }, 'sector added: 物业管理'],
    [{ kind: 'sector', change: 'renamed', from: '创新及科技', to: '资讯科技' }, 'sector renamed: 创新及科技 → 资讯科技'],
    [{ kind: 'programme', change: 'removed', sector: '创新及科技', name: '游戏及动画' }, 'programme removed: 创新及科技 › 游戏及动画'],
    [{ kind: 'programme', change: 'moved', name: '化验科学', from: '化验服务', to: '健康护理' }, 'programme moved: 化验科学: 化验服务 → 健康护理'],
    [{ kind: 'job title', change: 'renamed', sector: '汽车工程', from: '技术员', to: '高级技术员' }, 'job title renamed: 汽车工程 › 技术员 → 高级技术员'],
    [{ kind: 'workplaces', change: 'changed', sector: '健康护理', from: '', to: '于医院工作' }, 'workplaces changed: 健康护理 › (none) → 于医院工作'],
  ]);
});
