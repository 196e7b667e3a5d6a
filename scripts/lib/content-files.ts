import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The content collections' YAML files as plain data, read straight from src/content (no Astro): for
 * scripts (`npm run brochure:diff`) and for tests that check the content against its sources.
 */
export const projectRoot = join(import.meta.dirname, '..', '..');
export const contentDir = join(projectRoot, 'src', 'content');

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
  [key: string]: unknown;
}
export interface CitedPage {
  url: string;
  title: string;
  described?: true;
  accessed: string;
}

function readCollection<T>(name: string, dir = contentDir): T[] {
  const folder = join(dir, name);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(folder, f), 'utf8')) }) as T);
}

export const readSectors = (dir = contentDir) => readCollection<SectorFile>('sectors', dir);
export const readProgrammes = (dir = contentDir) => readCollection<ProgrammeFile>('programmes', dir);
