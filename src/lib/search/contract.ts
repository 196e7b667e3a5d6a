/**
 * The search data contract: what the build writes to /{locale}/search/catalogue.json and the
 * search island reads on its first query (with Pagefind). The build side is entry.ts
 * (`searchCatalogue`) and src/integrations/pagefind.ts (which adds `ids`); the island side is
 * rank.ts and src/islands/search/. Types only: a change here is a change to both sides.
 */

/**
 * A job title as the island receives it: the label in the page's language, its forms, and its
 * aliases' forms, which are shown and so written in the page's script (Traditional on zh-Hant).
 */
export interface SearchJob {
  label: string;
  forms: string[];
  aliases: string[];
}

/** A page the index can return: a programme page or a sector page. */
export interface SearchPage {
  kind: 'programme' | 'sector';
  /** The programme's or sector's id (its file name). */
  id: string;
  sectorId: string;
  /** Position in the brochure: the last tie-break. */
  order: number;
  /** Its name in the page's language. */
  title: string;
  /** Its address, base path included, as Pagefind reports it. */
  url: string;
  /** Its own name's forms (every spelling in Simplified characters, English, its aliases). */
  names: string[];
  /** The rest of what the index holds for it: institution, programme code. */
  other?: string[];
}

export interface SearchSector {
  id: string;
  title: string;
  url: string;
  /** Its job titles: the brochure gives job titles per sector, not per programme. */
  jobs: SearchJob[];
  /** Its programmes' ids, in brochure order. */
  programmes: string[];
  /** Where the brochure says its graduates work (Healthcare), in every spelling. */
  workplaces?: string[];
}

/**
 * What the island loads with Pagefind on the first query (/{locale}/search/catalogue.json): the
 * data to explain and rank a result. Not Pagefind metadata: Pagefind 1.6 indexes every metadata
 * value as searchable words, which would bloat the index and make "kind" match every page.
 */
export interface SearchCatalogue {
  /** The site's Traditional characters and their Simplified forms: names here are Simplified. */
  simplify: { from: string; to: string };
  pages: SearchPage[];
  sectors: SearchSector[];
  /**
   * Pagefind's result id, without its language prefix → the page's position in `pages`; added
   * after indexing (src/integrations/pagefind.ts) so the island need not fetch each result.
   */
  ids?: Record<string, number>;
}
