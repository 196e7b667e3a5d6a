import type { Locale } from '../../i18n';
import { pagefindBundlePath, searchCataloguePath, sitePath } from '../../lib/paths';
import type { SearchCatalogue } from '../../lib/search/contract';
import { mergeFound, rankResults, type Found, type RankedHit } from '../../lib/search/rank';
import { queryWords, simplifier } from '../../lib/search/text';

/**
 * The island's link to Pagefind's JS API and to the locale's search catalogue. Nothing loads until
 * the first query: then pagefind.js (which fetches its WebAssembly and this locale's index) and
 * catalogue.json, in parallel, once.
 */

/** The part of Pagefind's JS API the island uses (pagefind.js 1.6). */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

interface Engine {
  pagefind: Pagefind;
  catalogue: SearchCatalogue;
  simplify: (text: string) => string;
}

let engine: Promise<Engine> | undefined;

function load(locale: Locale): Promise<Engine> {
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
    return { pagefind, catalogue, simplify: simplifier(catalogue.simplify) };
  })();
  engine.catch(() => {
    engine = undefined; // let the next query try again
  });
  return engine;
}

async function find({ pagefind, catalogue }: Engine, query: string): Promise<Found[]> {
  const search = await pagefind.search(query);
  const pageOf = (id: string) => catalogue.pages[catalogue.ids?.[id.slice(id.indexOf('_') + 1)] ?? -1];
  return Promise.all(
    (search?.results ?? []).map(async (result) => ({
      // The catalogue knows each result id's page; an unknown id (never expected) costs a fetch.
      url: pageOf(result.id)?.url ?? (await result.data()).url,
      score: result.score,
    })),
  );
}

/**
 * Runs a query: Pagefind finds pages (all words must match); if nothing has them all, each word
 * on its own. Then sector pages bring in their programmes and the results are ranked (rank.ts).
 */
export async function runQuery(locale: Locale, query: string): Promise<RankedHit[]> {
  if (queryWords(query).length === 0) return [];
  const loaded = await load(locale);
  // The index holds Simplified and English: a Traditional query is read as Simplified first.
  const words = queryWords(loaded.simplify(query));
  let found = await find(loaded, words.join(' '));
  if (found.length === 0 && words.length > 1) {
    found = mergeFound(await Promise.all(words.map((word) => find(loaded, word))));
  }
  return rankResults(query, loaded.catalogue, found, loaded.simplify);
}
