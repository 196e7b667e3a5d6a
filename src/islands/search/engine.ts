import type { Locale } from '../../i18n';
import { searchCataloguePath } from '../../lib/paths';
import { runSearch, type SearchAnswer, type SearchEngine } from '../../lib/search/query';
import type { SearchCatalogue } from '../../lib/search/contract';
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

/** Runs a query on the locale's catalogue; loads the catalogue on first use. */
export async function runQuery(locale: Locale, query: string): Promise<SearchAnswer> {
  if (queryWords(query).length === 0) return { hits: [], nearest: [] };
  return runSearch(query, await load(locale));
}
