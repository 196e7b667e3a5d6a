import { better, comparableQuery, matchForms, noMatch, strength, type Match } from './match';
import type { SearchCatalogue, SearchJob, SearchPage, SearchSector } from './contract';
import { comparable, type Comparable } from './text';

/**
 * From Pagefind's results to the list a student sees: which pages, explained how, in what order.
 * Pure: the island passes in what Pagefind found and the locale's catalogue.
 */

/** A page Pagefind found: its address and Pagefind's own relevance score. */
export interface Found {
  url: string;
  score: number;
}

/**
 * The union of several searches (one per word, when no page has every word of the query): each
 * page once, its scores added, so pages with more of the words come first among equals.
 */
export function mergeFound(lists: readonly (readonly Found[])[]): Found[] {
  const merged = new Map<string, number>();
  for (const list of lists) for (const { url, score } of list) merged.set(url, (merged.get(url) ?? 0) + score);
  return [...merged].map(([url, score]) => ({ url, score })).sort((a, b) => b.score - a.score);
}

export interface MatchedJob {
  label: string;
  /** The alias the student typed, when the title matched through one (程序员 for 程式设计师). */
  alias?: string;
  match: Match;
}

export interface RankedHit {
  page: SearchPage;
  sector: SearchSector;
  /** Pagefind's score, or for a programme brought in by its sector page, the sector page's. */
  score: number;
  /** How the query matches the page's own name. */
  name: Match;
  /** The best match among the sector's job titles. */
  job: Match;
  /** How the query matches the rest of what is indexed (institution, code, workplaces). */
  other: Match;
  /** For a programme, how the query matches its sector's own name (IT for 创新及科技). */
  inSector: Match;
  /** The job titles that match best, best first: contains or exact, or else the partial ones. */
  jobs: MatchedJob[];
}

function matchJob(query: Comparable, job: SearchJob, simplify: (text: string) => string): MatchedJob {
  const own = matchForms(query, job.forms.map(comparable));
  let viaAlias: { alias: string; match: Match } | undefined;
  for (const alias of job.aliases) {
    const match = matchForms(query, [comparable(simplify(alias))]);
    if (match.strength > own.strength && (!viaAlias || better(viaAlias.match, match) === match)) {
      viaAlias = { alias, match };
    }
  }
  return viaAlias
    ? { label: job.label, alias: viaAlias.alias, match: viaAlias.match }
    : { label: job.label, match: own };
}

function explain(
  query: Comparable,
  page: SearchPage,
  sector: SearchSector,
  score: number,
  sectorNames: readonly Comparable[],
  simplify: (text: string) => string,
): RankedHit {
  const name = matchForms(query, page.names.map(comparable));
  const inSector = page.kind === 'programme' ? matchForms(query, sectorNames) : noMatch;
  const other = matchForms(query, [...(page.other ?? []), ...(sector.workplaces ?? [])].map(comparable));
  const matched = sector.jobs.map((job) => matchJob(query, job, simplify));
  const job = matched.reduce((best, m) => better(best, m.match), noMatch);
  // Name the titles that contain the query (or that it contains); when none does, the partial
  // matches, so the student sees what the result is about (飞行员: 航务操作主任, through 飞行签派).
  const shownFrom = Math.max(strength.overlaps, Math.min(job.strength, strength.contains));
  const jobs = matched
    .filter((m) => m.match.strength >= shownFrom)
    .sort((a, b) => b.match.strength - a.match.strength || b.match.overlap - a.match.overlap);
  return { page, sector, score, name, job, other, inSector, jobs };
}

const top = (hit: RankedHit) => Math.max(hit.name.strength, hit.job.strength);
const explained = (hit: RankedHit) =>
  Math.max(top(hit), hit.other.strength, hit.inSector.strength) >= strength.overlaps;

/**
 * The ranking rule (each key decides only when the ones before tie):
 *  1. the page's own name matches strongly (exact, or one contains the other): 软件工程 for 软件工程师;
 *  2. the strongest match of its own name or of its sector's job titles;
 *  3. programme pages before sector pages;
 *  4. its own name matches better (a partial name match lifts a programme above its siblings);
 *  5. its job titles match better;
 *  6. more shared characters or words;
 *  7. the rest of what is indexed (institution, code, workplaces), then its sector's name, match better;
 *  8. the brochure's order, so siblings that match equally keep the order students see in the
 *     brochure; among pages matched only by the rest, Pagefind's score first.
 */
export function compareRanked(a: RankedHit, b: RankedHit): number {
  const strongName = (h: RankedHit) => (h.name.strength >= strength.contains ? 1 : 0);
  const isProgramme = (h: RankedHit) => (h.page.kind === 'programme' ? 1 : 0);
  return (
    strongName(b) - strongName(a) ||
    top(b) - top(a) ||
    isProgramme(b) - isProgramme(a) ||
    b.name.strength - a.name.strength ||
    b.job.strength - a.job.strength ||
    b.name.overlap - a.name.overlap ||
    b.job.overlap - a.job.overlap ||
    b.other.strength - a.other.strength ||
    b.inSector.strength - a.inSector.strength ||
    (top(a) === strength.none ? b.score - a.score : 0) ||
    a.page.order - b.page.order ||
    a.page.url.localeCompare(b.page.url)
  );
}

/**
 * Explains and orders what Pagefind found for a query, best first.
 *
 * Pagefind decides which pages are candidates (it splits Chinese into words, matches the starts
 * of words, stems English). The catalogue holds every word the index holds, so every page that
 * truly matches can be explained; a page it cannot explain matched only through stray single
 * characters (Pagefind finds 网红 on the Cybersecurity page by its 网) and is not shown.
 *
 * Job titles are indexed on sector pages only (the brochure gives them per sector), and a job
 * title leads to every programme of its sector: so a sector page found brings in its programmes.
 *
 * Names in the catalogue are Simplified, so a Traditional query is read through `simplify` first.
 */
export function rankResults(
  query: string,
  catalogue: SearchCatalogue,
  found: readonly Found[],
  simplify: (text: string) => string = (text) => text,
): RankedHit[] {
  const q = comparableQuery(simplify(query));
  const pages = new Map(catalogue.pages.map((p) => [p.url, p]));
  const programmes = new Map(catalogue.pages.filter((p) => p.kind === 'programme').map((p) => [p.id, p]));
  const sectors = new Map(catalogue.sectors.map((s) => [s.id, s]));
  const sectorNames = new Map(
    catalogue.pages.filter((p) => p.kind === 'sector').map((p) => [p.sectorId, p.names.map(comparable)]),
  );
  const hits = new Map<string, RankedHit>();
  const add = (page: SearchPage | undefined, score: number) => {
    const sector = sectors.get(page?.sectorId ?? '');
    if (!page || !sector || hits.has(page.url)) return undefined;
    const hit = explain(q, page, sector, score, sectorNames.get(sector.id) ?? [], simplify);
    hits.set(page.url, hit);
    return hit;
  };
  const sectorHits = found.map(({ url, score }) => add(pages.get(url), score)).filter((h) => h?.page.kind === 'sector');
  for (const hit of sectorHits) {
    if (!hit || !explained(hit)) continue;
    for (const id of hit.sector.programmes) add(programmes.get(id), hit.score);
  }
  return [...hits.values()].filter(explained).sort(compareRanked);
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
