import { readAliases, readProgrammes, readSectors } from '../../../tests/support/content';
import { buildNameCatalogue, type AliasSource, type ProgrammeSource, type SectorSource } from './catalogue';

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

let built: ReturnType<typeof buildNameCatalogue> | undefined;

/** The catalogue built from the real content (once per test file). */
export function realNameCatalogue() {
  built ??= buildNameCatalogue(contentSources());
  return built;
}
