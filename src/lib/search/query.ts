import { mergeFound, rankResults, type Found, type RankedHit, type SearchCatalogue } from './rank';
import { queryWords } from './text';

/**
 * A query from the student's words to the ranked list, as the search island runs it. Pure apart
 * from Pagefind, which is passed in: the island gives it Pagefind in the browser, the query-table
 * test the same pagefind.js and index files in Node, so both run exactly this code.
 */

/** The part of Pagefind's JS API (pagefind.js 1.6) the search uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string }>;
}
export interface PagefindSearch {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** Pages Pagefind finds for a string of words, as addresses with Pagefind's score. */
export type FindPages = (words: string) => Promise<Found[]>;

/**
 * Pagefind's results as addresses. The catalogue knows each result id's page (added at build, see
 * src/integrations/pagefind.ts), so no result's fragment is downloaded; an unknown id (never
 * expected) costs a fetch.
 */
export function pagefindFinder(pagefind: PagefindSearch, catalogue: SearchCatalogue): FindPages {
  const pageOf = (id: string) => catalogue.pages[catalogue.ids?.[id.slice(id.indexOf('_') + 1)] ?? -1];
  return async (words) => {
    const search = await pagefind.search(words);
    return Promise.all(
      (search?.results ?? []).map(async (result) => ({
        url: pageOf(result.id)?.url ?? (await result.data()).url,
        score: result.score,
      })),
    );
  };
}

/**
 * Runs a query: Pagefind finds pages (all words must match); if nothing has them all, each word
 * on its own. Then sector pages bring in their programmes and the results are ranked (rank.ts).
 * The index holds Simplified and English, so a Traditional query is read as Simplified first.
 */
export async function runSearch(
  query: string,
  catalogue: SearchCatalogue,
  simplify: (text: string) => string,
  find: FindPages,
): Promise<RankedHit[]> {
  const words = queryWords(simplify(query));
  if (words.length === 0) return [];
  let found = await find(words.join(' '));
  if (found.length === 0 && words.length > 1) {
    found = mergeFound(await Promise.all(words.map((word) => find(word))));
  }
  return rankResults(query, catalogue, found, simplify);
}
