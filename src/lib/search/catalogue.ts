import type { Localised } from '../../i18n';
import { localisedSpellings, searchForms, spellings, unique, type Spellings } from './forms';

/**
 * The name catalogue: every programme, sector and job title with every way a student may write
 * it, built once at build time from the content collections (sectors, programmes, aliases, best
 * fit, jobs no programme leads to). The island's search catalogue (entry.ts, contract.ts), the
 * careers page and the tests all read it, so they cannot disagree. (The site's other catalogues
 * have their own names: the content's sectors and programmes, content.ts `getCatalogue`, and the
 * rules' `IntakesByProgramme`.)
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
  /** Its sourced facts; a caveat quotes one by its id. */
  facts?: { id?: string | undefined; text: Localised; source: string }[];
  /** The pages its facts cite, by id. */
  sources?: Record<string, { url: string; title: string }>;
}

export interface AliasSource {
  /** The alias file's name, which must be its sector's id. */
  file: string;
  sector: string;
  aliases: { terms: string[]; jobTitles: string[]; programmes: string[]; sector: boolean; from?: readonly string[] | undefined }[];
}

/** The site's best fit for one sector's job titles, and the caveats on its routes (src/content/best-fit). */
export interface BestFitSource {
  /** The file's name, which must be its sector's id. */
  file: string;
  sector: string;
  jobs: { title: string; best: { programme: string; why: Localised }[] }[];
  caveats: { programme: string; fact: string; jobTitles: string[]; words: string[] }[];
}

/** Common jobs no programme leads to (src/content/no-programme), one file per field. */
export interface NoProgrammeSource {
  file: string;
  jobs: { name: Localised; terms: string[]; nearest?: string | undefined }[];
}

/*
 * Spellings below are every way a name is written, in Simplified characters and English: `forms`
 * as the content writes it (its three locales), `variants` as OpenCC derives it (Hong Kong and
 * Taiwan characters and vocabulary), see src/lib/search/forms.ts.
 */
export interface CatalogueJob {
  title: Localised;
  /** The title's spellings. */
  spellings: Spellings;
  /** Its aliases' spellings (none that is a spelling of the title itself). */
  aliases: Spellings;
  /** The site's best fit: the programmes of the sector that fit the title best, best first, and why. */
  best: { programme: string; why: Localised }[];
}

/**
 * A caveat on the routes to a programme: the text of one of its facts, with that fact's source,
 * carried wherever a route passes through one of `jobs` or a query or alias contains one of `words`.
 */
export interface CatalogueCaveat {
  text: Localised;
  source: { url: string; title: string };
  /** Titles (Simplified) of the programme's sector whose route carries it. */
  jobs: string[];
  /** Forms of the words that carry it. */
  words: string[];
}

export interface CatalogueSector {
  id: string;
  order: number;
  name: Localised;
  spellings: Spellings;
  /** The words that name the sector as a whole (IT, 计算机). */
  aliases: Spellings;
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
  /** Its name's spellings, with the official English and Traditional names. */
  spellings: Spellings;
  /** The words that name its subject (电商 for 电子商务). */
  aliases: Spellings;
  /** Other words it may be searched by: institution names, programme code. */
  extras: string[];
  caveats: CatalogueCaveat[];
}

/** A common job no programme leads to: its name and every way a student may write it. */
export interface CatalogueNoProgramme {
  name: Localised;
  spellings: Spellings;
  /** The sector closest to it, where the content names one. */
  nearest?: string;
}

export interface NameCatalogue {
  sectors: CatalogueSector[];
  programmes: CatalogueProgramme[];
  noProgramme: CatalogueNoProgramme[];
  /** Where the aliases' words come from (`from` in the alias files), each once: O*NET's must be credited. */
  aliasOrigins: string[];
}

/**
 * Builds the catalogue, and lists every alias that points at nothing (an unknown job title or
 * programme, a file named after no sector): the build fails on any of them.
 */
export function buildNameCatalogue(input: {
  sectors: readonly SectorSource[];
  programmes: readonly ProgrammeSource[];
  aliases: readonly AliasSource[];
  bestFit: readonly BestFitSource[];
  noProgramme: readonly NoProgrammeSource[];
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
  const aliasSpellings = (key: string, own?: Spellings): Spellings => {
    // An alias that is only another spelling of the name itself (程序员 in Taiwan vocabulary is
    // 程式設計師) adds nothing.
    const ownForms = own ? [...own.forms, ...own.variants] : [];
    const found = spellings(aliasTerms.get(key) ?? []);
    return { forms: found.forms.filter((f) => !ownForms.includes(f)), variants: found.variants.filter((f) => !ownForms.includes(f)) };
  };
  const { best, caveats } = readBestFit(input.bestFit, sectors, programmes, problems);

  const catalogue: NameCatalogue = {
    sectors: sectors.map((s) => ({
      id: s.id,
      order: s.order,
      name: s.name,
      spellings: localisedSpellings(s.name),
      aliases: aliasSpellings(`sector:${s.id}`),
      jobs: s.jobTitles.map((title) => {
        const own = localisedSpellings(title);
        return {
          title,
          spellings: own,
          aliases: aliasSpellings(`job:${s.id}:${title['zh-hans']}`, own),
          best: best.get(`${s.id}:${title['zh-hans']}`) ?? [],
        };
      }),
      workplaces: s.workplaces,
      programmes: programmes.filter((p) => p.sector === s.id).map((p) => p.id),
    })),
    programmes: programmes.map((p, i) => ({
      id: p.id,
      sectorId: p.sector,
      order: i + 1,
      name: p.name,
      spellings: spellings([
        p.name['zh-hans'],
        p.name['zh-hant'],
        p.name.en,
        ...(p.official.nameEn ? [p.official.nameEn] : []),
        ...(p.official.nameZhHant ? [p.official.nameZhHant] : []),
      ]),
      aliases: aliasSpellings(`programme:${p.id}`),
      extras: unique([
        ...(p.official.institution ? Object.values(p.official.institution).flatMap(searchForms) : []),
        ...(p.official.code ? [p.official.code] : []),
      ]),
      caveats: caveats.get(p.id) ?? [],
    })),
    noProgramme: [],
    aliasOrigins: unique(input.aliases.flatMap((file) => file.aliases.flatMap((alias) => alias.from ?? []))),
  };
  catalogue.noProgramme = readNoProgramme(input.noProgramme, catalogue, problems);
  return { catalogue, problems };
}

/**
 * Reads the jobs no programme leads to. A word cannot be both such a job and a name, title or
 * alias of the catalogue: the search would have to say two things at once.
 */
function readNoProgramme(files: readonly NoProgrammeSource[], catalogue: NameCatalogue, problems: string[]): CatalogueNoProgramme[] {
  const known = new Map<string, string>();
  const note = (what: string, s: Spellings) => {
    for (const form of [...s.forms, ...s.variants]) known.set(form.toLowerCase(), what);
  };
  for (const sector of catalogue.sectors) {
    note(`sector ${sector.id}`, sector.spellings);
    note(`an alias of sector ${sector.id}`, sector.aliases);
    for (const job of sector.jobs) {
      note(`job title ${job.title['zh-hans']}`, job.spellings);
      note(`an alias of ${sector.id} "${job.title['zh-hans']}"`, job.aliases);
    }
  }
  for (const programme of catalogue.programmes) {
    note(`programme ${programme.id}`, programme.spellings);
    note(`an alias of programme ${programme.id}`, programme.aliases);
  }
  const jobs: CatalogueNoProgramme[] = [];
  for (const file of files) {
    for (const job of file.jobs) {
      const own = spellings([job.name['zh-hans'], job.name['zh-hant'], job.name.en.toLowerCase(), ...job.terms]);
      for (const form of [...own.forms, ...own.variants]) {
        const clash = known.get(form.toLowerCase());
        if (clash) problems.push(`no-programme/${file.file} "${job.name['zh-hans']}": "${form}" is also ${clash}`);
      }
      if (job.nearest && !catalogue.sectors.some((s) => s.id === job.nearest)) {
        problems.push(`no-programme/${file.file} "${job.name['zh-hans']}": unknown sector ${job.nearest}`);
      }
      jobs.push({ name: job.name, spellings: own, ...(job.nearest ? { nearest: job.nearest } : {}) });
    }
  }
  return jobs;
}

/**
 * Reads the best-fit files: every job title of every sector must appear once, with programmes of
 * its own sector; every caveat must quote a fact its programme has. Anything else is a problem.
 */
function readBestFit(
  files: readonly BestFitSource[],
  sectors: readonly SectorSource[],
  programmes: readonly ProgrammeSource[],
  problems: string[],
): { best: Map<string, CatalogueJob['best']>; caveats: Map<string, CatalogueCaveat[]> } {
  const best = new Map<string, CatalogueJob['best']>();
  const caveats = new Map<string, CatalogueCaveat[]>();
  for (const sector of sectors) {
    const file = files.find((f) => f.sector === sector.id);
    if (!file) {
      problems.push(`best-fit/${sector.id}.yaml: missing (every sector needs its best fit)`);
      continue;
    }
    const where = `best-fit/${file.file}`;
    if (file.file !== file.sector) problems.push(`${where}: file name must be its sector id (${file.sector})`);
    const ownProgramme = (id: string) => programmes.find((p) => p.id === id && p.sector === sector.id);
    for (const job of file.jobs) {
      const key = `${sector.id}:${job.title}`;
      if (!sector.jobTitles.some((t) => t['zh-hans'] === job.title)) problems.push(`${where}: no job title "${job.title}" in sector ${sector.id}`);
      else if (best.has(key)) problems.push(`${where}: "${job.title}" appears twice`);
      for (const { programme } of job.best) {
        if (!ownProgramme(programme)) problems.push(`${where} "${job.title}": no programme "${programme}" in sector ${sector.id}`);
      }
      best.set(key, job.best);
    }
    for (const title of sector.jobTitles) {
      if (!best.has(`${sector.id}:${title['zh-hans']}`)) problems.push(`${where}: no best fit for "${title['zh-hans']}"`);
    }
    for (const caveat of file.caveats) {
      const programme = ownProgramme(caveat.programme);
      const fact = programme?.facts?.find((f) => f.id === caveat.fact);
      const source = fact ? programme?.sources?.[fact.source] : undefined;
      if (!programme) problems.push(`${where} caveat: no programme "${caveat.programme}" in sector ${sector.id}`);
      else if (!fact || !source) problems.push(`${where} caveat: ${caveat.programme} has no fact with the id "${caveat.fact}"`);
      for (const title of caveat.jobTitles) {
        if (!sector.jobTitles.some((t) => t['zh-hans'] === title)) problems.push(`${where} caveat: no job title "${title}" in sector ${sector.id}`);
      }
      if (!programme || !fact || !source) continue;
      const list = caveats.get(programme.id) ?? [];
      list.push({ text: fact.text, source, jobs: caveat.jobTitles, words: unique(caveat.words.flatMap(searchForms)) });
      caveats.set(programme.id, list);
    }
  }
  for (const file of files) {
    if (!sectors.some((s) => s.id === file.sector)) problems.push(`best-fit/${file.file}: unknown sector ${file.sector}`);
  }
  return { best, caveats };
}
