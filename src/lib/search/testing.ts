import { readAliases, readCollection, readProgrammes, readSectors } from '../../../tests/support/content';
import { buildNameCatalogue, type AliasSource, type BestFitSource, type NoProgrammeSource, type ProgrammeSource, type SectorSource } from './catalogue';
import { comparableQuery, matchForms, type Generic, type Match } from './match';
import { comparable } from './text';

/**
 * For unit tests only: the real content, read from src/content/ by the tests' one reader of the
 * content files (Vitest has no Astro content layer), in the shape buildNameCatalogue takes. Astro's
 * schemas still guard the build; the defaults they add are added here.
 */
type BestFitFile = Omit<BestFitSource, 'file' | 'caveats'> & { id: string; caveats?: Partial<BestFitSource['caveats'][number]>[] };
type NoProgrammeFile = { id: string; jobs: { name: NoProgrammeSource['jobs'][number]['name']; terms?: string[]; nearest?: string }[] };

export function contentSources(): {
  sectors: SectorSource[];
  programmes: ProgrammeSource[];
  aliases: AliasSource[];
  bestFit: BestFitSource[];
  noProgramme: NoProgrammeSource[];
} {
  return {
    sectors: readSectors(),
    programmes: readProgrammes().map((programme) => ({ ...programme, official: programme.official ?? {} }) as ProgrammeSource),
    aliases: readAliases().map((file) => ({
      file: file.id,
      sector: file.sector,
      aliases: file.aliases.map((a) => ({
        terms: a.terms,
        jobTitles: a.jobTitles ?? [],
        programmes: a.programmes ?? [],
        sector: a.sector ?? false,
        from: a.from,
      })),
    })),
    bestFit: readCollection<BestFitFile>('best-fit').map((file) => ({
      file: file.id,
      sector: file.sector,
      jobs: file.jobs,
      caveats: (file.caveats ?? []).map((c) => ({ programme: c.programme ?? '', fact: c.fact ?? '', jobTitles: c.jobTitles ?? [], words: c.words ?? [] })),
    })),
    noProgramme: readCollection<NoProgrammeFile>('no-programme').map((file) => ({
      file: file.id,
      jobs: file.jobs.map((job) => ({ name: job.name, terms: job.terms ?? [], nearest: job.nearest })),
    })),
  };
}

/** A query against plain strings: `matchText('维修', ['维修顾问', 'Service Advisor'])`. */
export function matchText(query: string, forms: readonly string[], variants: readonly string[] = [], generic: Generic = new Set()): Match {
  return matchForms(comparableQuery(query), forms.map(comparable), variants.map(comparable), generic);
}

let built: ReturnType<typeof buildNameCatalogue> | undefined;

/** The catalogue built from the real content (once per test file). */
export function realNameCatalogue() {
  built ??= buildNameCatalogue(contentSources());
  return built;
}
