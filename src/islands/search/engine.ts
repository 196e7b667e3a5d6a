import type { Locale } from '../../i18n';
import { pagefindBundlePath, searchCataloguePath, sitePath } from '../../lib/paths';
import { pagefindFinder, runSearch, type PagefindSearch, type SearchAnswer, type SearchEngine } from '../../lib/search/query';
import type { SearchCatalogue } from '../../lib/search/rank';
import { queryWords, simplifier } from '../../lib/search/text';

/**
 * The island's link to Pagefind's JS API and to the locale's search catalogue. Nothing loads until
 * the first query: then pagefind.js (which fetches its WebAssembly and this locale's index) and
 * catalogue.json, in parallel, once. What a query does with them is src/lib/search/query.ts.
 */
interface Pagefind extends PagefindSearch {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

let engine: Promise<SearchEngine> | undefined;

function load(locale: Locale): Promise<SearchEngine> {
  engine ??= (async () => {
    const [pagefind, catalogue] = await Promise.all([
      (async () => {
        const api = (await import(/* @vite-ignore */ `${pagefindBundlePath()}pagefind.js`)) as Pagefind;
        // In the main thread: 47 short pages search in a few milliseconds, and the worker would
        // be one more download on the first query. Result addresses carry the site's base path.
        await api.options({ baseUrl: sitePath(), noWorker: true });
        await api.init();
        return api;
      })(),
      fetch(searchCataloguePath(locale)).then((r) => {
        if (!r.ok) throw new Error(`catalogue: ${r.status}`);
        return r.json() as Promise<SearchCatalogue>;
      }),
    ]);
    return {
      catalogue,
      simplify: simplifier(catalogue.simplify),
      find: pagefindFinder(pagefind, catalogue),
      loadSectors: async () => undefined,
    };
  })();
  engine.catch(() => {
    engine = undefined; // let the next query try again
  });
  return engine;
}

/** Runs a query on the locale's index (src/lib/search/query.ts); loads the engine on first use. */
export async function runQuery(locale: Locale, query: string): Promise<SearchAnswer> {
  if (queryWords(query).length === 0) return { hits: [], nearest: [] };
  return runSearch(query, await load(locale));
}
