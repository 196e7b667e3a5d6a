import { readAliases, readProgrammes, readSectors } from '../../../tests/support/content';
import { buildNameCatalogue, type AliasSource, type ProgrammeSource, type SectorSource } from './catalogue';
import { comparableQuery, matchForms, type Match } from './match';
import { comparable } from './text';

/**
 * For unit tests only: the real content, read from src/content/ by the tests' one reader of the
 * content files (Vitest has no Astro content layer), in the shape buildNameCatalogue takes. Astro's
 * schemas still guard the build; the defaults they add are added here.
 */
export function contentSources(): { sectors: SectorSource[]; programmes: ProgrammeSource[]; aliases: AliasSource[] } {
  return {
    sectors: readSectors(),
    programmes: readProgrammes().map((programme) => ({ ...programme, official: programme.official ?? {} })),
    aliases: readAliases().map((file) => ({
      file: file.id,
      sector: file.sector,
      aliases: file.aliases.map((a) => ({
        terms: a.terms,
        jobTitles: a.jobTitles ?? [],
        programmes: a.programmes ?? [],
        sector: a.sector ?? false,
      })),
    })),
  };
}

/** A query against plain strings: `matchText('维修', ['维修顾问', 'Service Advisor'])`. */
export function matchText(query: string, forms: readonly string[]): Match {
  return matchForms(comparableQuery(query), forms.map(comparable));
}

let built: ReturnType<typeof buildNameCatalogue> | undefined;

/** The catalogue built from the real content (once per test file). */
export function realNameCatalogue() {
  built ??= buildNameCatalogue(contentSources());
  return built;
}
