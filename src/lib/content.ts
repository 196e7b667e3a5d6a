import { getCollection, type CollectionEntry } from 'astro:content';
import type { IntakesByProgramme } from './eligibility';
import { buildNameCatalogue, type NameCatalogue } from './search/catalogue';
import type { MainlandGloss } from './glossary';

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

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** The glossary's words, in the file's order (the glossary page's). */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return getCollection('glossary');
}

/** The words a zh-Hans page glosses at their first use: those with a Mainland word to give. */
export async function getMainlandGlosses(): Promise<MainlandGloss[]> {
  return (await getGlossary()).flatMap(({ id, data }) =>
    data.mainland === null ? [] : [{ id, term: data.hongKong['zh-hans'], mainland: data.mainland }],
  );
}

/**
 * Every name the glosses must not split, as zh-Hans pages write them: programme, sector, job and
 * institution names (src/lib/glossary.ts glosses a word inside one after the whole name).
 */
export async function getGlossNames(): Promise<string[]> {
  const { sectors, programmes } = await getCatalogue();
  const names = [
    ...sectors.flatMap((s) => [s.data.name['zh-hans'], ...s.data.jobTitles.map((job) => job['zh-hans'])]),
    ...programmes.flatMap((p) => [p.data.name['zh-hans'], p.data.official.institution?.['zh-hans'] ?? '']),
  ];
  return [...new Set(names.filter(Boolean))];
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
    });
    if (problems.length > 0) throw new Error(`Search aliases:\n${problems.join('\n')}`);
    return catalogue;
  })();
  return nameCatalogue;
}
