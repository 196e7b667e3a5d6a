import { better, compareMatch, comparableQuery, matchForms, noMatch, strength, type Generic, type Match } from './match';
import type { SearchCatalogue, SearchJob, SearchPage, SearchSector, SearchSectorDetail } from './contract';
import { comparable, type Comparable } from './text';

/**
 * From the student's words to the list they see: which pages match, explained how, in what order.
 * Pure: the island passes in the query and the locale's catalogue.
 */

export interface MatchedJob {
  label: string;
  /** Position in its sector's `jobs`. */
  index: number;
  /** The alias the student typed, when the title matched through one (程序员 for 程式设计师). */
  alias?: string;
  match: Match;
}

/** The site's best fit, where this programme is one for a job title the query matches. */
export interface BestFit {
  /** The job title, in the page's language. */
  job: string;
  /** 0 for the programme that fits the title best, 1 for the next, … */
  rank: number;
  why: string;
}

export interface RankedHit {
  page: SearchPage;
  sector: SearchSector;
  /** How the query matches the page's name: its own spellings, or the aliases of its name. */
  name: Match;
  /** How the query matches the page's own spellings alone (not the aliases of its name). */
  ownName: Match;
  /** The best match among the sector's job titles. */
  job: Match;
  /** How the query matches the rest of what is indexed (institution, code, workplaces). */
  other: Match;
  /** For a programme, how the query matches its sector's own name (IT for 创新及科技). */
  inSector: Match;
  /** The job titles that match best, best first: contains or exact, or else the partial ones. */
  jobs: MatchedJob[];
  /** For a programme: the site's best fit, when it is one for the job titles that match best. */
  best?: BestFit;
  /** For a programme: what the student must know about the route (the fact's text and source). */
  caveats: { text: string; url: string }[];
}

/** Comparable forms of the catalogue's strings, computed once per string. */
const comparables = new Map<string, Comparable>();
const toComparable = (text: string) => {
  let c = comparables.get(text);
  if (!c) comparables.set(text, (c = comparable(text)));
  return c;
};
const all = (texts: readonly string[] | undefined) => (texts ?? []).map(toComparable);

/**
 * The same for the aliases, which are written in the page's script and compared in Simplified
 * characters: converted once per alias and per conversion table (each query used to convert every
 * alias again, a quarter of a query's time with a large vocabulary).
 */
const simplifiedComparables = new WeakMap<(text: string) => string, Map<string, Comparable>>();
function toSimplifiedComparable(text: string, simplify: (text: string) => string): Comparable {
  let cache = simplifiedComparables.get(simplify);
  if (!cache) simplifiedComparables.set(simplify, (cache = new Map()));
  let c = cache.get(text);
  if (!c) cache.set(text, (c = toComparable(simplify(text))));
  return c;
}

/** What every comparison of one query needs besides the query itself. */
interface Context {
  simplify: (text: string) => string;
  generic: Generic;
}

function matchJob(query: Comparable, job: SearchJob, index: number, { simplify, generic }: Context): MatchedJob {
  const own = matchForms(query, all(job.forms), all(job.variants), generic);
  let viaAlias: { alias: string; match: Match } | undefined;
  const consider = (alias: string, converted: boolean) => {
    const form = [toSimplifiedComparable(alias, simplify)];
    const match = converted ? matchForms(query, [], form, generic) : matchForms(query, form, [], generic);
    if (compareMatch(own, match) > 0 && (!viaAlias || compareMatch(viaAlias.match, match) > 0)) viaAlias = { alias, match };
  };
  for (const alias of job.aliases) consider(alias, false);
  for (const alias of job.aliasVariants ?? []) consider(alias, true);
  return viaAlias ? { label: job.label, index, alias: viaAlias.alias, match: viaAlias.match } : { label: job.label, index, match: own };
}

/** The caveats on a programme that a route matching the query passes through. */
function caveatsOf(
  page: SearchPage,
  detail: SearchSectorDetail,
  jobs: readonly MatchedJob[],
  query: Comparable,
  simplify: (text: string) => string,
): RankedHit['caveats'] {
  const said = [query.han, ...query.words, ...jobs.map((j) => (j.alias ? simplify(j.alias).toLowerCase() : ''))].join(' ');
  return (detail.caveats ?? [])
    .filter((c) => c.programme === page.id)
    .filter((c) => jobs.some((j) => c.jobs.includes(j.index)) || c.words.some((w) => said.includes(w.toLowerCase())))
    .map(({ text, url }) => ({ text, url }));
}

function explain(
  query: Comparable,
  page: SearchPage,
  sector: SearchSector,
  detail: SearchSectorDetail,
  matched: readonly MatchedJob[],
  sectorNames: readonly Comparable[],
  context: Context,
): RankedHit {
  const { generic } = context;
  const aliases = detail.names[page.id];
  const ownName = matchForms(query, all(page.names), all(page.variants), generic);
  const name = better(ownName, matchForms(query, all(aliases?.aliases), all(aliases?.variants), generic));
  const inSector = page.kind === 'programme' ? matchForms(query, sectorNames, [], generic) : noMatch;
  const other = matchForms(query, all([...(page.other ?? []), ...(detail.workplaces ?? [])]), [], generic);
  const job = matched.reduce((best, m) => better(best, m.match), noMatch);
  // Name the titles that contain the query (or that it contains); when none does, the partial
  // matches, so the student sees what the result is about (飞行员: 航务操作主任, through 飞行签派).
  const shownFrom = Math.max(strength.overlaps, Math.min(job.strength, strength.contains));
  const jobs = matched.filter((m) => m.match.strength >= shownFrom).sort((a, b) => compareMatch(a.match, b.match));
  const hit: RankedHit = { page, sector, name, ownName, job, other, inSector, jobs, caveats: [] };
  if (page.kind !== 'programme') return hit;
  // Best fit counts for the titles that match as well as the best one does (strength and script).
  const strongest = jobs.filter((m) => m.match.strength === job.strength && m.match.converted === job.converted);
  for (const m of strongest) {
    const title = detail.jobs[m.index];
    const rank = title?.best.indexOf(page.id) ?? -1;
    if (title && rank >= 0 && (!hit.best || rank < hit.best.rank)) hit.best = { job: m.label, rank, why: title.why[rank] ?? '' };
  }
  hit.caveats = caveatsOf(page, detail, jobs, query, context.simplify);
  return hit;
}

const top = (hit: RankedHit) => better(hit.name, hit.job);
/** Matched through a job title's part only, and by nothing else: not by its name or its sector's. */
const onlyPartly = (hit: RankedHit) =>
  hit.job.strength === strength.overlaps && hit.name.strength === strength.none && hit.inSector.strength === strength.none && hit.other.strength === strength.none;
const explained = (hit: RankedHit) =>
  Math.max(top(hit).strength, hit.other.strength, hit.inSector.strength) >= strength.overlaps;

/**
 * The ranking rule (each key decides only when the ones before tie):
 *  1. the page's own name matches strongly (exact, or one contains the other and is mostly the
 *     other): 软件工程 for 软件工程师, not 网络安全工程师 (a name alias of Cybersecurity) for 工程师;
 *  2. the strength of the best match of its own name or of its sector's job titles;
 *  3. a match in the student's own words before one reached only through a derived spelling;
 *  4. the site's best fit for the matched job titles first (the one that fits best before the next),
 *     as good as a programme matched by its own name;
 *  5. the closer match first: a title that is mostly the query before one that merely contains it;
 *  6. programme pages before sector pages;
 *  7. its own spellings match better (a partial name match lifts a programme above its siblings);
 *  8. its job titles match better, and share more characters or words;
 *  9. the rest of what is indexed (institution, code, workplaces), then its sector's name, match better;
 * 10. the brochure's order, so siblings that match equally keep the order students see in the
 *     brochure.
 */
export function compareRanked(a: RankedHit, b: RankedHit): number {
  // Its own name strongly: the query contains it or it contains the query, and is mostly it. Not
  // an alias of its name: those are often job words (网络安全工程师) and rank like job titles.
  const strongName = (h: RankedHit) => (h.ownName.strength >= strength.contains && h.ownName.closeness >= 0.5 ? 1 : 0);
  const isProgramme = (h: RankedHit) => (h.page.kind === 'programme' ? 1 : 0);
  // A programme matched by its own name fits as well as a best fit does.
  const bestRank = (h: RankedHit) =>
    h.best?.rank ?? (h.page.kind === 'programme' && compareMatch(h.name, h.job) <= 0 && h.name.strength > 0 ? 0 : Number.POSITIVE_INFINITY);
  const [topA, topB] = [top(a), top(b)];
  return (
    strongName(b) - strongName(a) ||
    topB.strength - topA.strength ||
    Number(topA.converted) - Number(topB.converted) ||
    (bestRank(a) === bestRank(b) ? 0 : bestRank(a) < bestRank(b) ? -1 : 1) ||
    topB.closeness - topA.closeness ||
    isProgramme(b) - isProgramme(a) ||
    compareMatch(a.ownName, b.ownName) ||
    compareMatch(a.job, b.job) ||
    b.other.strength - a.other.strength ||
    b.inSector.strength - a.inSector.strength ||
    a.page.order - b.page.order ||
    a.page.url.localeCompare(b.page.url)
  );
}

/**
 * Explains and orders the pages that match a query, best first.
 *
 * Every page is compared with the query: its own name and the aliases of its name, its sector's
 * job titles and their aliases (the brochure gives job titles per sector, so a title leads to every
 * programme of its sector), where its graduates work, its institution and code. A page nothing
 * explains at least partly is not shown. A programme matched only through part of a job title is
 * shown when it is that title's best fit; the rest of its sector would merely share a few
 * characters with the query (程序员 and 地理资讯程序设计师).
 *
 * Names in the catalogue are Simplified, so a Traditional query is read through `simplify` first.
 */
export function rankResults(query: string, catalogue: SearchCatalogue, simplify: (text: string) => string = (text) => text): RankedHit[] {
  const q = comparableQuery(simplify(query));
  const context: Context = { simplify, generic: new Set(catalogue.generic) };
  const sectors = new Map(catalogue.sectors.map((s) => [s.id, s]));
  // Each sector's job titles once per query: all its pages share them.
  const jobsOf = new Map<string, MatchedJob[]>();
  const sectorNames = new Map<string, Comparable[]>();
  for (const page of catalogue.pages.filter((p) => p.kind === 'sector')) {
    const detail = catalogue.details[page.sectorId];
    jobsOf.set(page.sectorId, (detail?.jobs ?? []).map((job, i) => matchJob(q, job, i, context)));
    sectorNames.set(page.sectorId, all([...page.names, ...(detail?.names[page.id]?.aliases ?? [])]));
  }
  const hits: RankedHit[] = [];
  for (const page of catalogue.pages) {
    const sector = sectors.get(page.sectorId);
    const detail = catalogue.details[page.sectorId];
    if (!sector || !detail) continue;
    const hit = explain(q, page, sector, detail, jobsOf.get(sector.id) ?? [], sectorNames.get(sector.id) ?? [], context);
    if (explained(hit) && !(hit.page.kind === 'programme' && !hit.best && onlyPartly(hit))) hits.push(hit);
  }
  return hits.sort(compareRanked);
}

/** Results per sector for the filter, in the order the sectors first appear in the ranking. */
export function countBySector(hits: readonly RankedHit[]): { sector: SearchSector; count: number }[] {
  const counts = new Map<string, { sector: SearchSector; count: number }>();
  for (const { sector } of hits) {
    const entry = counts.get(sector.id) ?? { sector, count: 0 };
    entry.count += 1;
    counts.set(sector.id, entry);
  }
  return [...counts.values()];
}
