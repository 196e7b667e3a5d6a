import { describe, expect, it } from 'vitest';
import { parseBrochureTable } from './table';

const table = [
  '涵盖34个高级文凭课程',
  '',
  '计划涵盖行业\t合格的VTC全日制 高级文凭(两年制)课程\t相关工作例子(包括但不限于)',
  '汽车工程\t汽车工程\t助理工程师、维修顾问、技术员、管工',
  '航空、 运输及物流\t航空机舱及客运服务 航空及物流\t空中服务员、货运主任、 物流主任',
  '健康护理\t康复服务\t保健员、职业治疗助理、于复康中心、 医院、安老院舍及医疗保健公司工作',
  '酒店及旅游 ⁷\t厨艺\t副主厨',
  '',
  '⁷ 2026/27学年新增的计划涵盖行业。',
].join('\n');

describe('parseBrochureTable', () => {
  const rows = parseBrochureTable(table);

  it('reads one row per sector, up to the first line that is not a row', () => {
    expect(rows.map((r) => r.sector)).toEqual(['汽车工程', '航空、运输及物流', '健康护理', '酒店及旅游']);
  });

  it('splits programmes at spaces and job titles at 、, across the brochure’s line-break spaces', () => {
    expect(rows[1]).toEqual({ sector: '航空、运输及物流', programmes: ['航空机舱及客运服务', '航空及物流'], jobTitles: ['空中服务员', '货运主任', '物流主任'] });
  });

  it('keeps the workplace phrase apart from the job titles', () => {
    expect(rows[2]).toMatchObject({ jobTitles: ['保健员', '职业治疗助理'], workplaces: '于复康中心、医院、安老院舍及医疗保健公司工作' });
  });

  it('reads Windows line ends too', () => {
    expect(parseBrochureTable(table.replace(/\n/g, '\r\n'))).toEqual(rows);
  });

  it.each([
    ['no header', '汽车工程\t汽车工程\t技术员', 'no table found'],
    ['a header and no row', '计划涵盖行业\t课程\t工作\n\n', 'no row of three tab-separated cells'],
  ])('refuses a text with %s, saying what it looked for', (_what, text, message) => {
    expect(() => parseBrochureTable(text)).toThrow(message);
  });
});
