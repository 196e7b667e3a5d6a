import type { Locale } from '../../i18n';
import type { NameCatalogue } from './catalogue';
import { hongKongText, searchForms, simplificationTable, unique } from './forms';
import type { SearchCatalogue } from './contract';
import { spaceOutChinese } from './text';

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


const block = (weight: number, words: readonly string[]): IndexBlock => ({
  weight,
  text: spaceOutChinese(words.join(' · ')),
});

const nonEmpty = (blocks: IndexBlock[]) => blocks.filter((b) => b.text);

export function programmeIndexPage(catalogue: NameCatalogue, id: string, locale: Locale): IndexPage {
  const programme = catalogue.programmes.find((p) => p.id === id);
  const sector = catalogue.sectors.find((s) => s.id === programme?.sectorId);
  if (!programme || !sector) throw new Error(`search index: unknown programme ${id}`);
  return {
    title: programme.name[locale],
    sector: sector.name[locale],
    blocks: nonEmpty([
      block(weights.name, [...programme.forms, ...programme.aliases]),
      block(weights.other, programme.extras),
    ]),
  };
}

export function sectorIndexPage(catalogue: NameCatalogue, id: string, locale: Locale): IndexPage {
  const sector = catalogue.sectors.find((s) => s.id === id);
  if (!sector) throw new Error(`search index: unknown sector ${id}`);
  return {
    title: sector.name[locale],
    sector: sector.name[locale],
    blocks: nonEmpty([
      block(weights.name, [...sector.forms, ...sector.aliases]),
      block(weights.job, sector.jobs.flatMap((j) => j.forms)),
      block(weights.jobAlias, sector.jobs.flatMap((j) => j.aliases)),
      block(weights.other, sector.workplaces ? searchFormsOf(Object.values(sector.workplaces)) : []),
    ]),
  };
}

const searchFormsOf = (texts: readonly string[]) => unique(texts.flatMap(searchForms));

/**
 * The island's catalogue for one locale; `paths` makes the addresses (base path included). Like
 * the index, it holds names in Simplified and English, with the table that reads a Traditional
 * query as Simplified; only the aliases, which the island shows, are in the page's script.
 */
export function searchCatalogue(
  catalogue: NameCatalogue,
  locale: Locale,
  paths: { programme: (id: string) => string; sector: (id: string) => string },
): SearchCatalogue {
  const pages: SearchCatalogue['pages'] = [
    ...catalogue.sectors.map((s) => ({
      kind: 'sector' as const,
      id: s.id,
      sectorId: s.id,
      order: s.order,
      title: s.name[locale],
      url: paths.sector(s.id),
      names: [...s.forms, ...s.aliases],
    })),
    ...catalogue.programmes.map((p) => ({
      kind: 'programme' as const,
      id: p.id,
      sectorId: p.sectorId,
      order: p.order,
      title: p.name[locale],
      url: paths.programme(p.id),
      names: [...p.forms, ...p.aliases],
      ...(p.extras.length > 0 ? { other: p.extras } : {}),
    })),
  ];
  const sectors: SearchCatalogue['sectors'] = catalogue.sectors.map((s) => ({
    id: s.id,
    title: s.name[locale],
    url: paths.sector(s.id),
    // Aliases are shown beside the title they matched (程式設計師（程序員）): in the page's script.
    jobs: s.jobs.map((j) => ({
      label: j.title[locale],
      forms: j.forms,
      aliases: locale === 'zh-hant' ? unique(j.aliases.map(hongKongText)) : j.aliases,
    })),
    programmes: s.programmes,
    ...(s.workplaces ? { workplaces: searchFormsOf(Object.values(s.workplaces)) } : {}),
  }));
  // Every word the index holds (in Simplified), for the table that reads a Traditional query.
  const everyWord = [
    ...pages.flatMap((p) => [...p.names, ...(p.other ?? [])]),
    ...catalogue.sectors.flatMap((s) => s.jobs.flatMap((j) => [...j.forms, ...j.aliases])),
    ...sectors.flatMap((s) => s.workplaces ?? []),
  ];
  return { simplify: simplificationTable(everyWord), pages, sectors };
}
