import { getCollection, type CollectionEntry } from 'astro:content';
import type { IntakesByProgramme } from './eligibility';
import { buildNameCatalogue, type NameCatalogue } from './search/catalogue';

/**
 * The one place pages read the content collections. Computed once per build and shared, the way
 * Starlight computes its route data once; components only receive what these return.
 */
export type Sector = CollectionEntry<'sectors'>;
export type Programme = CollectionEntry<'programmes'>;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) =>
  a.data.order - b.data.order;

let catalogue: Promise<{ sectors: Sector[]; programmes: Programme[] }> | undefined;

/** All sectors in brochure order and all programmes in brochure order (sector, then position). */
export function getCatalogue() {
  catalogue ??= (async () => {
    const sectors = (await getCollection('sectors')).sort(byOrder);
    const rank = new Map(sectors.map((s, i) => [s.id, i]));
    const programmes = await getCollection('programmes');
    // Astro checks a reference's form, not that its entry exists: check here, naming file and field.
    for (const p of programmes) {
      if (!rank.has(p.data.sector.id)) {
        throw new Error(
          `${p.filePath ?? p.id}: field "sector" names "${p.data.sector.id}", which is not a sector ` +
            `(known: ${[...rank.keys()].join(', ')})`,
        );
      }
    }
    programmes.sort(
      (a, b) => (rank.get(a.data.sector.id) ?? 0) - (rank.get(b.data.sector.id) ?? 0) || byOrder(a, b),
    );
    return { sectors, programmes };
  })();
  return catalogue;
}

export async function getProgrammes(): Promise<Programme[]> {
  return (await getCatalogue()).programmes;
}

/** Programme id -> eligible intakes: what the eligibility rules take. */
export async function getIntakesByProgramme(): Promise<IntakesByProgramme> {
  return Object.fromEntries((await getProgrammes()).map((p) => [p.id, p.data.intakes]));
}

let nameCatalogue: Promise<NameCatalogue> | undefined;

/**
 * Every programme, sector and job title with all the ways a student may write it, aliases
 * included (src/lib/search/catalogue.ts). An alias pointing at nothing fails the build.
 */
export function getNameCatalogue(): Promise<NameCatalogue> {
  nameCatalogue ??= (async () => {
    const { sectors, programmes } = await getCatalogue();
    const { catalogue, problems } = buildNameCatalogue({
      sectors: sectors.map((s) => ({ id: s.id, ...s.data })),
      programmes: programmes.map((p) => ({ id: p.id, ...p.data, sector: p.data.sector.id })),
      aliases: (await getCollection('aliases')).map((a) => ({
        file: a.id,
        sector: a.data.sector.id,
        aliases: a.data.aliases.map((alias) => ({ ...alias, programmes: alias.programmes.map((p) => p.id) })),
      })),
      bestFit: (await getCollection('best-fit')).map((f) => ({
        file: f.id,
        sector: f.data.sector.id,
        jobs: f.data.jobs.map((job) => ({ title: job.title, best: job.best.map((b) => ({ programme: b.programme.id, why: b.why })) })),
        caveats: f.data.caveats.map((c) => ({ ...c, programme: c.programme.id })),
      })),
      noProgramme: (await getCollection('no-programme')).map((f) => ({
        file: f.id,
        jobs: f.data.jobs.map((job) => ({ ...job, nearest: job.nearest?.id })),
      })),
    });
    if (problems.length > 0) throw new Error(`Search aliases and best fit:\n${problems.join('\n')}`);
    return catalogue;
  })();
  return nameCatalogue;
}
