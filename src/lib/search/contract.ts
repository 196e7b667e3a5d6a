/**
 * The search data contract: what the build writes to /{locale}/search/catalogue.json and the search
 * island reads on the first query of a visit. The build side is entry.ts (`searchCatalogue`, from the
 * name catalogue in catalogue.ts); the island side is rank.ts, typos.ts and query.ts (run in the
 * browser by src/islands/search/). Types only: a change here is a change to both sides.
 *
 * How to extend it, for example so that a question of the FAQ can be found: add a top-level list
 * here (say `questions: { title, url, names, other }[]`, its words in Simplified characters and
 * English as `comparable` in text.ts reads them), fill it in entry.ts `searchCatalogue`, and match
 * it in rankResults (rank.ts) beside `pages`. `pages` are programme and sector pages only, and
 * rankResults skips a page without a sector, so a page of another kind needs its own branch there;
 * render.ts then shows it. Anything added is downloaded by the first query of every visit: keep it
 * short, and read the first-query figures of `npm run bench` (budget: 100 KB gzip at 10x).
 */

/**
 * A job title as the island receives it: the label in the page's language, its spellings, and its
 * aliases, which are shown and so written in the page's script (Traditional on zh-Hant).
 * Spellings are `forms` as the content writes them and `variants` as OpenCC derives them.
 */
export interface SearchJob {
  label: string;
  forms: string[];
  variants?: string[];
  aliases: string[];
  aliasVariants?: string[];
  /** The site's best fit: the programmes of the sector that fit the title best, best first. */
  best: string[];
  /** Why each of `best` fits, in the page's language. */
  why: string[];
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
  /** Its address, base path included. */
  url: string;
  /** Its own name's spellings (the aliases of the name are in its sector's details). */
  names: string[];
  variants?: string[];
  /** The rest it may be searched by: institution, programme code. */
  other?: string[];
}

/** What a student must know before taking a route to a programme (a fact of the programme, with its source). */
export interface SearchCaveat {
  programme: string;
  /** The fact, in the page's language. */
  text: string;
  /** The page the fact cites. */
  url: string;
  /** Positions in the sector's `jobs` whose route carries it. */
  jobs: number[];
  /** Words (Simplified, English) that carry it wherever the query or the matched alias contains them. */
  words: string[];
}

/** A sector as the core catalogue lists it. */
export interface SearchSector {
  id: string;
  title: string;
  url: string;
  /** Its programmes' ids, in brochure order. */
  programmes: string[];
}

/**
 * A question of the questions page (issue 12): its anchor and its text. Its address is the
 * questions page and its id; the island matches it itself (src/lib/search/questions.ts).
 */
export interface SearchQuestion {
  id: string;
  title: string;
}

/**
 * The words of one sector: its job titles (the brochure gives job titles per sector, not per
 * programme), the aliases of its pages' names, where its graduates work, and its caveats.
 */
export interface SearchSectorDetail {
  id: string;
  jobs: SearchJob[];
  /** Page id (the sector's or one of its programmes') → the aliases of its name (电商 for 电子商务). */
  names: Record<string, { aliases: string[]; variants?: string[] }>;
  /** Where the brochure says its graduates work (Healthcare), in every spelling. */
  workplaces?: string[];
  caveats?: SearchCaveat[];
}

/**
 * What the island loads on the first query (/{locale}/search/catalogue.json): every word the search
 * knows, and what it needs to explain and rank a result. The island matches a query against all
 * of it in the browser (rankResults): no search index, no WebAssembly (see README, "Search").
 */
export interface SearchCatalogue {
  /** The site's Traditional characters and their Simplified forms: names here are Simplified. */
  simplify: { from: string; to: string };
  pages: SearchPage[];
  sectors: SearchSector[];
  /** Each sector's words, by sector id. */
  details: Record<string, SearchSectorDetail>;
  /** Common jobs no programme leads to: the label in the page's language, spellings, nearest sector. */
  noProgramme: { label: string; forms: string[]; variants?: string[]; nearest?: string }[];
  /** Every Latin word of the site's vocabulary (lower case, singular), most used first: what a misspelt word is read as. */
  vocabulary: string[];
  /** Words shared by the names and titles of many sectors, which alone make no partial match (match.ts). */
  generic: string[];
  /** The questions page's questions, in page order (issue 12, src/lib/search/questions.ts). */
  questions?: SearchQuestion[];
}
