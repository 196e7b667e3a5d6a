import type { Locale } from '../../i18n';
import { searchCataloguePath } from '../../lib/paths';
import { runSearch, type SearchAnswer, type SearchEngine } from '../../lib/search/query';
import type { SearchCatalogue, SearchQuestion } from '../../lib/search/contract';
import { questionHolds } from '../../lib/search/questions';
import { queryWords, simplifier } from '../../lib/search/text';

/**
 * The island's data: the locale's search catalogue (/{locale}/search/catalogue.json), fetched once,
 * on the first query, so a page costs nothing until search is used. What a query does with it is
 * src/lib/search/query.ts.
 */
let engine: Promise<SearchEngine> | undefined;

function load(locale: Locale): Promise<SearchEngine> {
  engine ??= fetch(searchCataloguePath(locale))
    .then((r) => {
      if (!r.ok) throw new Error(`catalogue: ${r.status}`);
      return r.json() as Promise<SearchCatalogue>;
    })
    .then((catalogue) => ({ catalogue, simplify: simplifier(catalogue.simplify) }));
  engine.catch(() => {
    engine = undefined; // let the next query try again
  });
  return engine;
}

/** An answer, with the questions page's questions that hold every word of the query, in page order (issue 12). */
export interface QueryResults extends SearchAnswer {
  questions: SearchQuestion[];
}

/** Runs a query on the locale's catalogue; loads the catalogue on first use. */
export async function runQuery(locale: Locale, query: string): Promise<QueryResults> {
  if (queryWords(query).length === 0) return { hits: [], nearest: [], questions: [] };
  const loaded = await load(locale);
  const questions = (loaded.catalogue.questions ?? []).filter((q) => questionHolds(query, q.title, loaded.simplify));
  return { ...runSearch(query, loaded), questions };
}
