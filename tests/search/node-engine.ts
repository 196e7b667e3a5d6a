import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSearch, type SearchAnswer } from '../../src/lib/search/query';
import type { SearchCatalogue } from '../../src/lib/search/contract';
import { simplifier } from '../../src/lib/search/text';
import { distDir } from '../support/server';

/**
 * The search island's engine, run in Node on the built site: the same catalogue.json the island
 * fetches and the same query code (src/lib/search/query.ts). Hundreds of queries run in a second
 * this way, where typing each into the page would take minutes; answers.test.ts checks in
 * Chromium that the island shows the same.
 */
export type Search = (query: string) => SearchAnswer;

export function nodeSearch(locale: string): Search {
  const catalogue = JSON.parse(readFileSync(join(distDir, locale, 'search', 'catalogue.json'), 'utf8')) as SearchCatalogue;
  const engine = { catalogue, simplify: simplifier(catalogue.simplify) };
  return (query) => runSearch(query, engine);
}
