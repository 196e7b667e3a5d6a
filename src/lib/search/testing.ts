import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalogue, type AliasSource, type BestFitSource, type NoProgrammeSource, type ProgrammeSource, type SectorSource } from './catalogue';

/**
 * For unit tests only: the real content read straight from src/content/ (Vitest has no Astro
 * content layer), in the shape buildCatalogue takes. Astro's schemas still guard the build.
 */
const contentDir = join(import.meta.dirname, '..', '..', 'content');

function readCollection(name: string): { id: string; data: Record<string, unknown> }[] {
  const dir = join(contentDir, name);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown> }));
}

export function contentSources(): {
  sectors: SectorSource[];
  programmes: ProgrammeSource[];
  aliases: AliasSource[];
  bestFit: BestFitSource[];
  noProgramme: NoProgrammeSource[];
} {
  return {
    sectors: readCollection('sectors').map(({ id, data }) => ({ id, ...data }) as SectorSource),
    programmes: readCollection('programmes').map(({ id, data }) => ({ id, official: {}, ...data }) as ProgrammeSource),
    aliases: readCollection('aliases').map(({ id, data }) => {
      const file = data as { sector: string; aliases: Partial<AliasSource['aliases'][number]>[] };
      return {
        file: id,
        sector: file.sector,
        aliases: file.aliases.map((a) => ({
          terms: a.terms ?? [],
          jobTitles: a.jobTitles ?? [],
          programmes: a.programmes ?? [],
          sector: a.sector ?? false,
          from: a.from,
        })),
      };
    }),
    bestFit: readCollection('best-fit').map(({ id, data }) => {
      const file = data as Omit<BestFitSource, 'file'> & { caveats?: Partial<BestFitSource['caveats'][number]>[] };
      return {
        file: id,
        sector: file.sector,
        jobs: file.jobs,
        caveats: (file.caveats ?? []).map((c) => ({ programme: c.programme ?? '', fact: c.fact ?? '', jobTitles: c.jobTitles ?? [], words: c.words ?? [] })),
      };
    }),
    noProgramme: readCollection('no-programme').map(({ id, data }) => {
      const file = data as { jobs: { name: NoProgrammeSource['jobs'][number]['name']; terms?: string[]; nearest?: string }[] };
      return { file: id, jobs: file.jobs.map((job) => ({ name: job.name, terms: job.terms ?? [], nearest: job.nearest })) };
    }),
  };
}

let built: ReturnType<typeof buildCatalogue> | undefined;

/** The catalogue built from the real content (once per test file). */
export function realCatalogue() {
  built ??= buildCatalogue(contentSources());
  return built;
}
