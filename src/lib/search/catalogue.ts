import type { Localised } from '../../i18n';
import { localisedForms, searchForms, unique } from './forms';

/**
 * The name catalogue: every programme, sector and job title with every way a student may write
 * it, built once at build time from the content collections (sectors, programmes, aliases). The
 * search index, the island's search catalogue (contract.ts), the careers page and the tests all
 * read it, so they cannot disagree. (The site's other catalogues have their own names: the
 * content's sectors and programmes, content.ts `getCatalogue`, and the rules' `IntakesByProgramme`.)
 *
 * The input is plain data (not Astro collection entries) so tests can build it from the YAML files.
 */
export interface SectorSource {
  id: string;
  order: number;
  name: Localised;
  jobTitles: Localised[];
  workplaces?: Localised | undefined;
}

export interface ProgrammeSource {
  id: string;
  sector: string;
  order: number;
  name: Localised;
  official: {
    nameEn?: string | undefined;
    nameZhHant?: string | undefined;
    code?: string | undefined;
    institution?: Localised | undefined;
  };
}

export interface AliasSource {
  /** The alias file's name, which must be its sector's id. */
  file: string;
  sector: string;
  aliases: { terms: string[]; jobTitles: string[]; programmes: string[]; sector: boolean }[];
}

/*
 * "Forms" below are every spelling of a name (its three locales, Hong Kong and Taiwan forms,
 * Taiwan vocabulary) in Simplified characters, plus its English (src/lib/search/forms.ts).
 */
export interface CatalogueJob {
  title: Localised;
  /** The title's forms. */
  forms: string[];
  /** Its aliases' forms. */
  aliases: string[];
}

export interface CatalogueSector {
  id: string;
  order: number;
  name: Localised;
  forms: string[];
  /** Forms of the words that name the sector as a whole (IT, 计算机). */
  aliases: string[];
  jobs: CatalogueJob[];
  workplaces?: Localised | undefined;
  /** Its programmes' ids, in brochure order. */
  programmes: string[];
}

export interface CatalogueProgramme {
  id: string;
  sectorId: string;
  /** Position in the brochure across all sectors, from 1. */
  order: number;
  name: Localised;
  /** Its name's forms, with the official English and Traditional names. */
  forms: string[];
  /** Forms of the words that name its subject (电商 for 电子商务). */
  aliases: string[];
  /** Other words it may be searched by: institution names, programme code. */
  extras: string[];
}

export interface NameCatalogue {
  sectors: CatalogueSector[];
  programmes: CatalogueProgramme[];
}

/**
 * Builds the catalogue, and lists every alias that points at nothing (an unknown job title or
 * programme, a file named after no sector): the build fails on any of them.
 */
export function buildNameCatalogue(input: {
  sectors: readonly SectorSource[];
  programmes: readonly ProgrammeSource[];
  aliases: readonly AliasSource[];
}): { catalogue: NameCatalogue; problems: string[] } {
  const problems: string[] = [];
  const sectors = [...input.sectors].sort((a, b) => a.order - b.order);
  const sectorRank = new Map(sectors.map((s, i) => [s.id, i]));
  const programmes = [...input.programmes].sort(
    (a, b) => (sectorRank.get(a.sector) ?? 99) - (sectorRank.get(b.sector) ?? 99) || a.order - b.order,
  );

  // Alias terms per target, keyed "sector:job title", "programme:id" and "sector:id".
  const aliasTerms = new Map<string, string[]>();
  const add = (key: string, terms: readonly string[]) =>
    aliasTerms.set(key, [...(aliasTerms.get(key) ?? []), ...terms]);
  for (const file of input.aliases) {
    const sector = sectors.find((s) => s.id === file.sector);
    if (file.file !== file.sector) problems.push(`aliases/${file.file}: file name must be its sector id (${file.sector})`);
    if (!sector) {
      problems.push(`aliases/${file.file}: unknown sector ${file.sector}`);
      continue;
    }
    for (const alias of file.aliases) {
      const where = `aliases/${file.file} [${alias.terms.join(', ')}]`;
      for (const title of alias.jobTitles) {
        if (sector.jobTitles.some((t) => t['zh-hans'] === title)) add(`job:${sector.id}:${title}`, alias.terms);
        else problems.push(`${where}: no job title "${title}" in sector ${sector.id}`);
      }
      for (const id of alias.programmes) {
        const programme = programmes.find((p) => p.id === id);
        if (programme?.sector === sector.id) add(`programme:${id}`, alias.terms);
        else problems.push(`${where}: no programme "${id}" in sector ${sector.id}`);
      }
      if (alias.sector) add(`sector:${sector.id}`, alias.terms);
    }
  }
  const aliasForms = (key: string) => unique((aliasTerms.get(key) ?? []).flatMap(searchForms));

  const catalogue: NameCatalogue = {
    sectors: sectors.map((s) => ({
      id: s.id,
      order: s.order,
      name: s.name,
      forms: localisedForms(s.name),
      aliases: aliasForms(`sector:${s.id}`),
      jobs: s.jobTitles.map((title) => {
        const forms = localisedForms(title);
        // An alias that is only another spelling of the title itself (程序员 in Taiwan vocabulary
        // is 程式設計師) adds nothing.
        return { title, forms, aliases: aliasForms(`job:${s.id}:${title['zh-hans']}`).filter((a) => !forms.includes(a)) };
      }),
      workplaces: s.workplaces,
      programmes: programmes.filter((p) => p.sector === s.id).map((p) => p.id),
    })),
    programmes: programmes.map((p, i) => ({
      id: p.id,
      sectorId: p.sector,
      order: i + 1,
      name: p.name,
      forms: unique([
        ...localisedForms(p.name),
        ...(p.official.nameEn ? [p.official.nameEn] : []),
        ...(p.official.nameZhHant ? searchForms(p.official.nameZhHant) : []),
      ]),
      aliases: aliasForms(`programme:${p.id}`),
      extras: unique([
        ...(p.official.institution ? localisedForms(p.official.institution) : []),
        ...(p.official.code ? [p.official.code] : []),
      ]),
    })),
  };
  return { catalogue, problems };
}
