/**
 * The VTC brochure's table of sectors, programmes and example jobs ("计划涵盖行业 / 合格的VTC全日制
 * 高级文凭(两年制)课程 / 相关工作例子"), read from a brochure text in the seed's format
 * (../shared/seed/vpas-brochure-2025-12.zh-Hans.txt): a header row, then one row per sector, three
 * cells separated by tabs, programmes separated by spaces, job titles by 、. Pure: the content tests
 * and `npm run brochure:diff` both read a brochure through it.
 */
export interface BrochureRow {
  /** The sector's name, spaces and footnote marks (⁷) removed. */
  sector: string;
  programmes: string[];
  jobTitles: string[];
  /** Text that describes workplaces rather than titles (the Healthcare row). */
  workplaces?: string;
}

/** The header row's first cell, which starts the table. */
export const TABLE_HEADER = '计划涵盖行业';

/** Reads the table; throws, naming what it looked for, when the text has none. */
export function parseBrochureTable(text: string): BrochureRow[] {
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((l) => l.startsWith(`${TABLE_HEADER}\t`));
  if (header === -1) throw new Error(`no table found: no line starts with "${TABLE_HEADER}" and a tab`);
  const rows: BrochureRow[] = [];
  for (const line of lines.slice(header + 1)) {
    const cells = line.split('\t');
    if (cells.length !== 3) break;
    const [sectorCell = '', programmeCell = '', jobCell = ''] = cells;
    const items = jobCell.replace(/\s+/g, '').split('、').filter(Boolean);
    // "于复康中心、医院、安老院舍及医疗保健公司工作" is one phrase about workplaces, not three titles.
    const at = items.findIndex((item) => item.startsWith('于'));
    rows.push({
      sector: sectorCell.replace(/[\s⁰-⁹]+/g, ''),
      programmes: programmeCell.trim().split(/\s+/).filter(Boolean),
      jobTitles: at === -1 ? items : items.slice(0, at),
      ...(at === -1 ? {} : { workplaces: items.slice(at).join('、') }),
    });
  }
  if (rows.length === 0) throw new Error(`the table after "${TABLE_HEADER}" has no row of three tab-separated cells`);
  return rows;
}
