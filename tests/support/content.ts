import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../src/i18n';
import { parseBrochureTable, type BrochureRow } from '../../src/lib/brochure/table';
import type { SourceId } from '../../src/lib/sources';
import {
  contentDir,
  projectRoot,
  readAliases,
  readCollection,
  readProgramme,
  readProgrammes,
  readSector,
  readSectors,
} from '../../scripts/lib/content-files';

/**
 * Test-side readers for the raw content files and the shared fact sources, so the tests check the
 * content against the brochure itself rather than against a copy of it. The content readers and the
 * brochure's parser are shared with `npm run brochure:diff`.
 */
export const sharedDir = join(projectRoot, '..', 'shared');
export const seedBrochure = join(sharedDir, 'seed', 'vpas-brochure-2025-12.zh-Hans.txt');

export { contentDir, readAliases, readCollection, readProgramme, readProgrammes, readSector, readSectors };
export type { AliasFile, CitedPage, Localised, ProgrammeFile, SectorFile } from '../../scripts/lib/content-files';
export type { BrochureRow };

/** The brochure's table of sectors, programmes and example jobs, parsed from the seed text. */
export function readBrochureTable(): BrochureRow[] {
  return parseBrochureTable(readFileSync(seedBrochure, 'utf8'));
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

/** A question's MDX file (issue 12) as written: its front matter and its answer's source text. */
export interface QuestionFile {
  locale: Locale;
  /** The file name without `.mdx`: the question's id and anchor. */
  id: string;
  data: { question: string; topic: string; order: number; sources: SourceId[]; asOf: string };
  body: string;
}

/** One locale's questions, read from src/content/questions/{locale}/*.mdx, in file-name order. */
export function readQuestions(locale: Locale): QuestionFile[] {
  const dir = join(contentDir, 'questions', locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const [, frontmatter = '', body = ''] = readFileSync(join(dir, f), 'utf8').split(/^---$/m);
      return { locale, id: f.replace(/\.mdx$/, ''), data: parse(frontmatter) as QuestionFile['data'], body };
    });
}
