import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Test-side readers for the raw content files and the shared fact sources, so the tests check the
 * content against the brochure itself rather than against a copy of it.
 */
const root = join(import.meta.dirname, '..', '..');
export const contentDir = join(root, 'src', 'content');
export const sharedDir = join(root, '..', 'shared');

export type Localised = { 'zh-hans': string; 'zh-hant': string; en: string };
export interface SectorFile {
  id: string;
  order: number;
  name: Localised;
  englishName: string;
  joined: string;
  jobTitles: Localised[];
  workplaces?: Localised;
}
export interface ProgrammeFile {
  id: string;
  sector: string;
  order: number;
  name: Localised;
  englishName: string;
  intakes: string[];
  official?: {
    nameEn?: string;
    nameZhHant?: string;
    code?: string;
    codeYear?: string;
    institution?: Localised;
    sourceOf?: Partial<Record<'nameEn' | 'nameZhHant' | 'code' | 'institution', string>>;
  };
  /** The pages the file's facts and official fields cite, by id (issue 8). */
  sources?: Record<string, CitedPage>;
  facts?: { kind: string; text: Localised; source: string }[];
  /** Classes and their language of teaching, each with its source (issue 12). */
  mediumOfInstruction?: { code: string; medium: string; source: string; seen?: string }[];
  [key: string]: unknown;
}
export interface CitedPage {
  url: string;
  title: string;
  described?: true;
  accessed: string;
}

function readCollection<T>(name: string): T[] {
  const dir = join(contentDir, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }) as T);
}

export const readSectors = () => readCollection<SectorFile>('sectors');
export const readProgrammes = () => readCollection<ProgrammeFile>('programmes');

export interface BrochureRow {
  sector: string;
  programmes: string[];
  jobTitles: string[];
  /** Text that describes workplaces rather than titles (the Healthcare row). */
  workplaces?: string;
}

/** The brochure's table of sectors, programmes and example jobs, parsed from the seed text. */
export function readBrochureTable(): BrochureRow[] {
  const text = readFileSync(join(sharedDir, 'seed', 'vpas-brochure-2025-12.zh-Hans.txt'), 'utf8');
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('计划涵盖行业\t'));
  const rows: BrochureRow[] = [];
  for (const line of lines.slice(header + 1)) {
    const cells = line.split('\t');
    if (cells.length !== 3) break;
    const [sectorCell = '', programmeCell = '', jobCell = ''] = cells;
    const items = jobCell.replace(/\s+/g, '').split('、');
    // "于复康中心、医院、安老院舍及医疗保健公司工作" is one phrase about workplaces, not three titles.
    const at = items.findIndex((item) => item.startsWith('于'));
    rows.push({
      sector: sectorCell.replace(/[\s⁰-⁹]+/g, ''),
      programmes: programmeCell.trim().split(/\s+/),
      jobTitles: at === -1 ? items : items.slice(0, at),
      ...(at === -1 ? {} : { workplaces: items.slice(at).join('、') }),
    });
  }
  return rows;
}

/** The facts file's table of programmes with official English names and codes. */
export function readFactsProgrammeTable(): { brochureName: string; nameEn: string; code: string }[] {
  const text = readFileSync(join(sharedDir, 'facts', 'vpas.md'), 'utf8');
  return text
    .split('\n')
    .filter((l) => /^\s*\| [^|-]/.test(l) && l.includes('Higher Diploma in'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map(([, brochureName = '', nameEn = '', code = '']) => ({
      brochureName,
      nameEn,
      // "(IT114206K is the Putonghua version; which version is eligible is NOT KNOWN)" is no code.
      code: /^[A-Z]{2}\d{6}[A-Z]?$/.test(code) ? code : '',
    }));
}
