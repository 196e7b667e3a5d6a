import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Localised } from '../../src/i18n';

/**
 * The content collections' YAML files as plain data, read straight from src/content (no Astro): for
 * scripts (`npm run brochure:diff`) and for tests that check the content against its sources.
 */
export const projectRoot = join(import.meta.dirname, '..', '..');
export const contentDir = join(projectRoot, 'src', 'content');

export type { Localised };
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

export interface AliasFile {
  id: string;
  sector: string;
  aliases: { terms: string[]; jobTitles?: string[]; programmes?: string[]; sector?: boolean; from?: string[]; note?: string }[];
}

/**
 * One content file as written, with its file name as `id`: the one reader of src/content/ outside
 * the build (Astro's content layer, which applies the schemas' defaults, only runs inside it, where
 * src/lib/content.ts reads the collections). `collection` is a folder under `dir`.
 */
export function readEntry<T>(collection: string, id: string, dir = contentDir): T {
  return { id, ...parse(readFileSync(join(dir, collection, `${id}.yaml`), 'utf8')) } as T;
}

/** Every file of a collection, as written, in file-name order. */
export function readCollection<T>(collection: string, dir = contentDir): T[] {
  return readdirSync(join(dir, collection))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readEntry<T>(collection, f.replace(/\.yaml$/, ''), dir));
}

export const readSectors = (dir = contentDir) => readCollection<SectorFile>('sectors', dir);
export const readProgrammes = (dir = contentDir) => readCollection<ProgrammeFile>('programmes', dir);
export const readAliases = (dir = contentDir) => readCollection<AliasFile>('aliases', dir);
export const readSector = (id: string) => readEntry<SectorFile>('sectors', id);
export const readProgramme = (id: string) => readEntry<ProgrammeFile>('programmes', id);
