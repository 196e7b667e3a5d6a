import { compareMatch, comparableQuery, strength, type Match } from './match';
import type { SearchCatalogue, SearchSector } from './contract';
import { rankResults, type RankedHit } from './rank';
import { comparable, queryWords, type Comparable } from './text';
import { correctWords } from './typos';

/**
 * A query from the student's words to the answer the island shows, as the search island runs it
 * (src/islands/search/engine.ts loads the catalogue; the query-table test runs this same code on
 * the built catalogue in Node). Pure: strings and the catalogue in, an answer out.
 */

export interface SearchEngine {
  catalogue: SearchCatalogue;
  /** Reads a Traditional query as Simplified (the catalogue's table). */
  simplify: (text: string) => string;
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

/** Ranks the pages, and says so plainly when the query names a job no programme leads to. */
function answer(engine: SearchEngine, query: string): SearchAnswer {
  let hits = rankResults(query, engine.catalogue, engine.simplify);
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

/** Every Han character of each sector's words (names, titles, aliases), computed once per catalogue. */
const charactersOf = new WeakMap<SearchCatalogue, Map<string, Set<string>>>();
function sectorCharacters(catalogue: SearchCatalogue): Map<string, Set<string>> {
  let bySector = charactersOf.get(catalogue);
  if (bySector) return bySector;
  bySector = new Map();
  for (const sector of catalogue.sectors) {
    const detail = catalogue.details[sector.id];
    const pages = catalogue.pages.filter((p) => p.sectorId === sector.id);
    const words = [
      ...pages.flatMap((p) => [...p.names, ...(detail?.names[p.id]?.aliases ?? [])]),
      ...(detail?.jobs ?? []).flatMap((j) => [...j.forms, ...j.aliases]),
    ];
    bySector.set(sector.id, new Set(words.join('').match(/\p{Script=Han}/gu) ?? []));
  }
  charactersOf.set(catalogue, bySector);
  return bySector;
}

/**
 * The sectors nearest a query that matched nothing: those whose words hold two or more of the
 * query's characters (网管: 网 of 网络安全 and 管 of 数据中心管理), not one alone (宇航员 is no builder
 * for the 宇 of 屋宇), nearest (most characters) first, at most two. A person suffix (员, 师) counts
 * for nothing, and a Latin query gets none: a word that matched nothing, even respelt, shares no
 * meaning to go by.
 */
function nearestSectors(engine: SearchEngine, query: string): SearchSector[] {
  const characters = [...new Set(engine.simplify(query).match(/\p{Script=Han}/gu) ?? [])].filter((c) => !personSuffixes.has(c));
  const bySector = sectorCharacters(engine.catalogue);
  return engine.catalogue.sectors
    .map((sector) => ({ sector, shared: characters.filter((c) => bySector.get(sector.id)?.has(c)).length }))
    .filter(({ shared }) => shared >= 2)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 2)
    .map(({ sector }) => sector);
}

/** The Latin vocabulary as a set, made once per catalogue. */
const vocabularies = new WeakMap<SearchCatalogue, Set<string>>();
function vocabularyOf(catalogue: SearchCatalogue): Set<string> {
  let set = vocabularies.get(catalogue);
  if (!set) vocabularies.set(catalogue, (set = new Set(catalogue.vocabulary)));
  return set;
}

/** How well an answer matches: naming a job no programme leads to is a full answer too. */
function quality(answer: SearchAnswer): number {
  if (answer.noProgramme) return strength.exact;
  const [best] = answer.hits;
  return best ? Math.max(best.name.strength, best.job.strength, best.other.strength, best.inSector.strength) : strength.none;
}

/**
 * Runs a query: ranks every page against it (rank.ts). A misspelt Latin word is read as the
 * nearest word the site knows, and that answer wins when it matches better ("sofware engineer"
 * finds engineers, the corrected query software engineers). When nothing matches, the answer
 * names the nearest sectors.
 */
export function runSearch(query: string, engine: SearchEngine): SearchAnswer {
  const words = queryWords(engine.simplify(query));
  if (words.length === 0) return empty;
  const first = answer(engine, query);
  const corrected = correctWords(words, vocabularyOf(engine.catalogue));
  if (corrected) {
    const searchedFor = corrected.join(' ');
    const second = answer(engine, searchedFor);
    if (quality(second) > quality(first)) return { ...second, searchedFor };
  }
  if (first.hits.length > 0 || first.noProgramme) return first;
  return { ...empty, nearest: nearestSectors(engine, query) };
}
