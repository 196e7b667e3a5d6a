import type { SearchAnswer } from '../../src/lib/search/query';
import type { QueryKind, TableQuery } from './query-table';

/** How one query of the table fared: where its first right programme came, or whether none showed. */
export interface Outcome {
  row: TableQuery;
  /** The first results shown: page ids, sector pages marked "sector:". */
  shown: string[];
  /** 1-based position of the first right answer; for a `none` query, 1 when nothing is shown. */
  rank: number | undefined;
}

export function outcome(row: TableQuery, { hits }: SearchAnswer): Outcome {
  const shown = hits.map((h) => (h.page.kind === 'sector' ? `sector:${h.page.id}` : h.page.id));
  if (row.expect === 'none') return { row, shown, rank: shown.length === 0 ? 1 : undefined };
  const expected = row.expect;
  const at = shown.findIndex((id) => expected.includes(id));
  return { row, shown, rank: at < 0 ? undefined : at + 1 };
}

export interface Score {
  count: number;
  top1: number;
  top3: number;
}

export function score(outcomes: readonly Outcome[]): Score {
  const within = (n: number) => outcomes.filter((o) => o.rank !== undefined && o.rank <= n).length;
  return { count: outcomes.length, top1: within(1), top3: within(3) };
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

/** A plain-text report: the figures per kind and overall, then every query not in the top 3. */
export function report(outcomes: readonly Outcome[]): string {
  const kinds: QueryKind[] = ['mainland', 'hk', 'en', 'typo', 'none'];
  const line = (label: string, s: Score) =>
    `${label.padEnd(9)} ${String(s.count).padStart(4)}  top-1 ${String(s.top1).padStart(4)} (${pct(s.top1, s.count).padStart(6)})  top-3 ${String(s.top3).padStart(4)} (${pct(s.top3, s.count).padStart(6)})`;
  const misses = outcomes
    .filter((o) => o.rank === undefined || o.rank > 3)
    .map((o) => `  ${o.row.locale} ${o.row.kind.padEnd(8)} ${o.row.query} → want ${o.row.expect === 'none' ? 'none' : o.row.expect.join('|')}; got ${o.shown.slice(0, 4).join(', ') || '(nothing)'}${o.shown.length > 4 ? ', …' : ''}`);
  return [
    ...kinds.map((k) => line(k, score(outcomes.filter((o) => o.row.kind === k)))),
    line('all', score(outcomes)),
    `not in the top 3 (${misses.length}):`,
    ...misses,
  ].join('\n');
}
