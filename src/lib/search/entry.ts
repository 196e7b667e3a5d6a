import type { Catalogue, Localised } from './catalogue';
import { hongKongText, searchForms, simplificationTable, unique, type Spellings } from './forms';
import type { SearchCatalogue, SearchSectorDetail } from './rank';
import { comparable, spaceOutChinese } from './text';

/**
 * What each page gives the search index, and what the island needs to explain a result.
 *
 * The index (Pagefind, one per locale) holds words in Simplified and English only (forms.ts: the
 * island reads a Traditional query as Simplified), weighted so that it ranks a page's own name
 * above job titles above everything else (`data-pagefind-weight`; body text is 1, an h1 7):
 * - a programme page: its name in every script, official names and aliases; institution, code;
 * - a sector page: its name in every script and aliases, then its job titles in every script,
 *   then their aliases, then the brochure's workplaces.
 * The brochure gives job titles per sector, so they are on the 13 sector pages only, not on all 34
 * programme pages: the island brings in a found sector's programmes (rank.ts, expandHits). That
 * keeps each locale's index to one file of about 15 KB.
 */
export const weights = {
  /** The page's own name, in every script, and the aliases of that name. */
  name: 10,
  /** On a sector page: its job titles in every script. */
  job: 6,
  /** On a sector page: the aliases of its job titles (程序员 for 程式设计师). */
  jobAlias: 5,
  /** Institution, programme code, the brochure's workplaces. */
  other: 1,
} as const;

export interface IndexBlock {
  weight: number;
  /** The words, Chinese already split into words (see text.ts: pagefind issue 1184). */
  text: string;
}

export interface IndexPage {
  /** The page's name in its language: Pagefind's `title`. */
  title: string;
  /** The sector's name in the page's language: Pagefind's filter `sector`. */
  sector: string;
  blocks: IndexBlock[];
}

type Locale = keyof Localised;

const block = (weight: number, words: readonly string[]): IndexBlock => ({
  weight,
  text: spaceOutChinese(words.join(' · ')),
});

const nonEmpty = (blocks: IndexBlock[]) => blocks.filter((b) => b.text);

const spelt = (s: Spellings) => [...s.forms, ...s.variants];

export function programmeIndexPage(catalogue: Catalogue, id: string, locale: Locale): IndexPage {
  const programme = catalogue.programmes.find((p) => p.id === id);
  const sector = catalogue.sectors.find((s) => s.id === programme?.sectorId);
  if (!programme || !sector) throw new Error(`search index: unknown programme ${id}`);
  return {
    title: programme.name[locale],
    sector: sector.name[locale],
    blocks: nonEmpty([
      block(weights.name, [...spelt(programme.spellings), ...spelt(programme.aliases)]),
      block(weights.other, programme.extras),
    ]),
  };
}

export function sectorIndexPage(catalogue: Catalogue, id: string, locale: Locale): IndexPage {
  const sector = catalogue.sectors.find((s) => s.id === id);
  if (!sector) throw new Error(`search index: unknown sector ${id}`);
  return {
    title: sector.name[locale],
    sector: sector.name[locale],
    blocks: nonEmpty([
      block(weights.name, [...spelt(sector.spellings), ...spelt(sector.aliases)]),
      block(weights.job, sector.jobs.flatMap((j) => spelt(j.spellings))),
      block(weights.jobAlias, sector.jobs.flatMap((j) => spelt(j.aliases))),
      block(weights.other, sector.workplaces ? searchFormsOf(Object.values(sector.workplaces)) : []),
    ]),
  };
}

const searchFormsOf = (texts: readonly string[]) => unique(texts.flatMap(searchForms));

/**
 * Words so common across sectors that sharing one says nothing (工程, 技术员, 主任, "officer"): the
 * runs of two or three characters, and the English words, found in the names and job titles of at
 * least three sectors.
 */
export function genericWords(catalogue: Catalogue): string[] {
  const sectorsOf = new Map<string, Set<string>>();
  const count = (word: string, sector: string) => sectorsOf.set(word, (sectorsOf.get(word) ?? new Set()).add(sector));
  for (const sector of catalogue.sectors) {
    const programmes = catalogue.programmes.filter((p) => p.sectorId === sector.id);
    for (const text of [sector.name, ...sector.jobs.map((j) => j.title), ...programmes.map((p) => p.name)]) {
      for (const run of text['zh-hans'].match(/\p{Script=Han}+/gu) ?? []) {
        const chars = [...run];
        for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) count(chars.slice(i, i + n).join(''), sector.id);
      }
      for (const word of comparable(text.en).words) count(word, sector.id);
    }
  }
  return [...sectorsOf].filter(([, sectors]) => sectors.size >= 3).map(([word]) => word).sort();
}

/** Leaves out an empty list, so the island's JSON carries no `"variants":[]` for most names. */
const some = <K extends string>(key: K, list: readonly string[]) => (list.length > 0 ? ({ [key]: [...list] } as Record<K, string[]>) : {});

/**
 * The island's catalogue for one locale; `paths` makes the addresses (base path included). Like
 * the index, it holds names in Simplified and English, with the table that reads a Traditional
 * query as Simplified; only what the island shows (labels, aliases, reasons, caveats) is in the
 * page's language and script.
 */
export function searchCatalogue(
  catalogue: Catalogue,
  locale: Locale,
  paths: { programme: (id: string) => string; sector: (id: string) => string },
): SearchCatalogue {
  // Aliases are shown beside the title they matched (程式設計師（程序員）): in the page's script.
  const shown = (aliases: readonly string[]) => (locale === 'zh-hant' ? unique(aliases.map(hongKongText)) : [...aliases]);
  const pages: SearchCatalogue['pages'] = [
    ...catalogue.sectors.map((s) => ({
      kind: 'sector' as const,
      id: s.id,
      sectorId: s.id,
      order: s.order,
      title: s.name[locale],
      url: paths.sector(s.id),
      names: s.spellings.forms,
      ...some('variants', s.spellings.variants),
    })),
    ...catalogue.programmes.map((p) => ({
      kind: 'programme' as const,
      id: p.id,
      sectorId: p.sectorId,
      order: p.order,
      title: p.name[locale],
      url: paths.programme(p.id),
      names: p.spellings.forms,
      ...some('variants', p.spellings.variants),
      ...some('other', p.extras),
    })),
  ];
  const sectors: SearchCatalogue['sectors'] = catalogue.sectors.map((s) => ({
    id: s.id,
    title: s.name[locale],
    url: paths.sector(s.id),
    programmes: s.programmes,
  }));
  const details: SearchCatalogue['details'] = {};
  for (const s of catalogue.sectors) {
    const programmes = catalogue.programmes.filter((p) => p.sectorId === s.id);
    const names: SearchSectorDetail['names'] = {};
    for (const { id, aliases } of [s, ...programmes]) {
      if (aliases.forms.length + aliases.variants.length > 0) names[id] = { aliases: aliases.forms, ...some('variants', aliases.variants) };
    }
    details[s.id] = {
      id: s.id,
      jobs: s.jobs.map((j) => ({
        label: j.title[locale],
        forms: j.spellings.forms,
        ...some('variants', j.spellings.variants),
        aliases: shown(j.aliases.forms),
        ...some('aliasVariants', shown(j.aliases.variants)),
        best: j.best.map((b) => b.programme),
        why: j.best.map((b) => b.why[locale]),
      })),
      names,
      ...some('workplaces', s.workplaces ? searchFormsOf(Object.values(s.workplaces)) : []),
      caveats: programmes.flatMap((p) =>
        p.caveats.map((c) => ({
          programme: p.id,
          text: c.text[locale],
          url: c.source.url,
          jobs: c.jobs.map((title) => s.jobs.findIndex((j) => j.title['zh-hans'] === title)).filter((i) => i >= 0),
          words: c.words,
        })),
      ),
    };
  }
  // Every word the index holds (in Simplified), for the table that reads a Traditional query.
  const everyWord = [
    ...catalogue.sectors.flatMap((s) => [
      ...spelt(s.spellings),
      ...spelt(s.aliases),
      ...s.jobs.flatMap((j) => [...spelt(j.spellings), ...spelt(j.aliases)]),
      ...(details[s.id]?.workplaces ?? []),
    ]),
    ...catalogue.programmes.flatMap((p) => [...spelt(p.spellings), ...spelt(p.aliases), ...p.extras]),
  ];
  const noProgramme = catalogue.noProgramme.map((job) => ({
    label: job.name[locale],
    forms: job.spellings.forms,
    ...some('variants', job.spellings.variants),
    ...(job.nearest ? { nearest: job.nearest } : {}),
  }));
  const noProgrammeWords = catalogue.noProgramme.flatMap((job) => spelt(job.spellings));
  const vocabulary = unique([...everyWord, ...noProgrammeWords].flatMap((text) => comparable(text).words)).sort();
  return {
    simplify: simplificationTable([...everyWord, ...noProgrammeWords]),
    pages,
    sectors,
    details,
    noProgramme,
    vocabulary,
    generic: genericWords(catalogue),
  };
}
