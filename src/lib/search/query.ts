import { compareMatch, comparableQuery, strength, type Match } from './match';
import { mergeFound, rankResults, sectorsFound, type Found, type RankedHit, type SearchCatalogue, type SearchSector } from './rank';
import { comparable, queryWords, type Comparable } from './text';
import { correctWords } from './typos';

/**
 * A query from the student's words to the answer the island shows, as the search island runs it.
 * Pure apart from Pagefind and the loading of a sector's words, which are passed in: the island
 * gives it Pagefind in the browser, the query-table test the same pagefind.js and index files in
 * Node, so both run exactly this code.
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

export interface SearchEngine {
  catalogue: SearchCatalogue;
  /** Reads a Traditional query as Simplified (the catalogue's table). */
  simplify: (text: string) => string;
  find: FindPages;
  /** Makes sure `catalogue.details` holds these sectors' words (the island fetches them once). */
  loadSectors: (ids: readonly string[]) => Promise<void>;
}

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

export interface SearchAnswer {
  hits: RankedHit[];
  /** What was searched for instead, when a Latin word was misspelt ("sofware" → "software"). */
  searchedFor?: string;
  /** A job no programme leads to that the query names: said plainly, with the sector nearest to it. */
  noProgramme?: { label: string; nearest?: SearchSector };
  /** When nothing matched: the sectors whose words come nearest the query's, nearest first. */
  nearest: SearchSector[];
}

const empty: SearchAnswer = { hits: [], nearest: [] };

/**
 * Pages Pagefind finds for the words: all words at once; if no page has them all, each word on
 * its own (then pages with more of them come first).
 */
async function findAll(engine: SearchEngine, words: readonly string[]): Promise<Found[]> {
  const found = await engine.find(words.join(' '));
  if (found.length > 0 || words.length < 2) return found;
  return mergeFound(await Promise.all(words.map((word) => engine.find(word))));
}

/**
 * Whether the query names a job no programme leads to: it is one of the job's words, or part of one
 * (会计 of 会计师, two characters or whole words at least), once filler words are gone (我想当护士).
 * Not when the query says more than the word (树医生 is an arborist, not a doctor).
 */
function namesJob(q: Comparable, forms: readonly Comparable[]): Match | undefined {
  let found: Match | undefined;
  for (const form of forms) {
    const length = q.han ? [...q.han].length : q.words.length;
    const formLength = q.han ? [...form.han].length : form.words.length;
    const exact = q.han ? q.han === form.han : q.words.join(' ') === form.words.join(' ');
    const within = q.han
      ? length >= 2 && form.han.includes(q.han)
      : q.words.every((w) => form.words.some((f) => f === w || (w.length >= 3 && f.startsWith(w))));
    if ((q.han && q.words.length > 0) || !(exact || within) || formLength === 0) continue;
    const match: Match = { strength: exact ? strength.exact : strength.contains, closeness: length / Math.max(length, formLength), overlap: length, converted: false };
    if (!found || compareMatch(found, match) > 0) found = match;
  }
  return found;
}

function noProgrammeJob(query: string, engine: SearchEngine) {
  const q = comparableQuery(engine.simplify(query));
  let found: { label: string; nearest?: string; match: Match } | undefined;
  for (const job of engine.catalogue.noProgramme) {
    const match = namesJob(q, [...job.forms, ...(job.variants ?? [])].map(comparable));
    if (match && (!found || compareMatch(found.match, match) > 0)) {
      found = { label: job.label, ...(job.nearest ? { nearest: job.nearest } : {}), match };
    }
  }
  return found;
}

/** Ranks what Pagefind found, and says so plainly when the query names a job no programme leads to. */
async function answer(engine: SearchEngine, query: string, found: readonly Found[]): Promise<SearchAnswer> {
  await engine.loadSectors(sectorsFound(engine.catalogue, found));
  let hits = rankResults(query, engine.catalogue, found, engine.simplify);
  const unrelated = noProgrammeJob(query, engine);
  if (!unrelated) return { hits, nearest: [] };
  // Only a match closer than the job's own name survives (树医生 is an arborist, 医生 a doctor):
  // programmes that merely share a word with it would pad the answer.
  const { match } = unrelated;
  hits = hits.filter((h) => {
    const top = h.name.strength >= h.job.strength ? h.name : h.job;
    return top.strength > match.strength || (top.strength === match.strength && top.closeness > match.closeness);
  });
  const nearest = engine.catalogue.sectors.find((s) => s.id === unrelated.nearest);
  return { hits, noProgramme: { label: unrelated.label, ...(nearest ? { nearest } : {}) }, nearest: [] };
}

/** Characters that end a job's name (技术员, 设计师, 电工): they say who, not what. */
const personSuffixes = new Set([...'员师工家者手人']);

/**
 * The sectors nearest a query that matched nothing: those that two or more of the query's
 * characters find on their own (网管: 网 of 网络安全 and 管 of 数据中心管理), not one character alone
 * (宇航员 is no builder for the 宇 of 屋宇), nearest (by Pagefind's scores) first, at most two.
 * Latin queries get none: a word that matched nothing, even respelt, shares no meaning to go by.
 */
async function nearestSectors(engine: SearchEngine, words: readonly string[]): Promise<SearchSector[]> {
  const pages = new Map(engine.catalogue.pages.map((p) => [p.url, p.sectorId]));
  const characters = [...new Set(words.join('').match(/\p{Script=Han}/gu) ?? [])].filter((c) => !personSuffixes.has(c)).slice(0, 6);
  const hits = await Promise.all(characters.map((c) => engine.find(c)));
  const reachedBy = new Map<string, number>();
  for (const list of hits) {
    for (const id of new Set(list.map((f) => pages.get(f.url)))) if (id) reachedBy.set(id, (reachedBy.get(id) ?? 0) + 1);
  }
  const score = new Map<string, number>();
  for (const { url, score: s } of mergeFound(hits)) {
    const id = pages.get(url);
    if (id && (reachedBy.get(id) ?? 0) >= 2) score.set(id, (score.get(id) ?? 0) + s);
  }
  return [...score]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([id]) => engine.catalogue.sectors.find((s) => s.id === id))
    .filter((s) => s !== undefined);
}

/**
 * Runs a query: Pagefind finds the candidate pages, the catalogue explains and ranks them
 * (rank.ts). When nothing matches, a misspelt Latin word is read as the nearest word the site
 * knows and the search runs again; when still nothing matches, the answer names the nearest
 * sectors. The index holds Simplified and English, so a Traditional query is read as Simplified.
 */
export async function runSearch(query: string, engine: SearchEngine): Promise<SearchAnswer> {
  const words = queryWords(engine.simplify(query));
  if (words.length === 0) return empty;
  const found = await findAll(engine, words);
  const first = await answer(engine, query, found);
  // A misspelt word may still leave another word to match ("sofware engineer" finds engineers):
  // the corrected words win when they match better.
  const corrected = correctWords(words, new Set(engine.catalogue.vocabulary));
  if (corrected) {
    const searchedFor = corrected.join(' ');
    const second = await answer(engine, searchedFor, await findAll(engine, corrected));
    if (quality(second) > quality(first)) return { ...second, searchedFor };
  }
  if (first.hits.length > 0 || first.noProgramme) return first;
  return { ...empty, nearest: await nearestSectors(engine, words) };
}

/** How well an answer matches: naming a job no programme leads to is a full answer too. */
function quality(answer: SearchAnswer): number {
  if (answer.noProgramme) return strength.exact;
  const [best] = answer.hits;
  return best ? Math.max(best.name.strength, best.job.strength, best.other.strength, best.inSector.strength) : strength.none;
}
