import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindFinder, runSearch, type PagefindSearch, type SearchAnswer } from '../../src/lib/search/query';
import type { SearchCatalogue } from '../../src/lib/search/rank';
import { simplifier } from '../../src/lib/search/text';
import { distDir, type StaticSite } from '../support/server';

/**
 * The search island's engine, run in Node on the built site: the same pagefind.js, WebAssembly
 * and index files (fetched over HTTP from the test server, as the browser fetches them), the same
 * catalogue.json, and the same query code (src/lib/search/query.ts). Hundreds of queries run in a
 * second this way, where typing each into the page would take minutes.
 *
 * Pagefind picks a language's index from `<html lang>`; Node has no document, so one that answers
 * that single question stands in while each locale's instance is created.
 */
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindSearch & { init: () => Promise<void>; destroy: () => Promise<void> };
}

export type Search = (query: string) => Promise<SearchAnswer>;

export async function nodeSearch(site: StaticSite, locale: string): Promise<{ search: Search; close: () => Promise<void> }> {
  const module = (await import(pathToFileURL(join(distDir, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
  const global = globalThis as { document?: unknown };
  global.document = { querySelector: () => ({ getAttribute: () => locale }) };
  let pagefind: ReturnType<PagefindModule['createInstance']>;
  try {
    pagefind = module.createInstance({ basePath: `${site.root}pagefind/`, baseUrl: new URL(site.root).pathname, noWorker: true });
  } finally {
    delete global.document;
  }
  await pagefind.init();
  const catalogue = JSON.parse(readFileSync(join(distDir, locale, 'search', 'catalogue.json'), 'utf8')) as SearchCatalogue;
  const engine = { catalogue, simplify: simplifier(catalogue.simplify), find: pagefindFinder(pagefind, catalogue), loadSectors: async () => undefined };
  return { search: (query) => runSearch(query, engine), close: () => pagefind.destroy() };
}
