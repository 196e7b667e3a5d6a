import type { BrochureRow } from './table';

/**
 * What changed between a brochure's table and the site's content: sectors, programmes and job
 * titles added, removed or renamed (and programmes moved between sectors), so a maintainer knows
 * which files to add, remove or edit for next year's brochure. Pure; `npm run brochure:diff`
 * prints it. Names are compared in Simplified Chinese, as the brochure writes them.
 *
 * A rename is a guess, and says so: among what one side lost and the other gained, a pair whose
 * names share at least half their character pairs (a Dice coefficient of 0.5 or more), or two
 * sectors that share at least half their programmes.
 */

/** The content, as the diff reads it: every sector in order, in the brochure's words. */
export type SiteTable = BrochureRow[];

export type Difference =
  | { kind: 'sector'; change: 'added' | 'removed'; name: string }
  | { kind: 'sector'; change: 'renamed'; from: string; to: string }
  | { kind: 'programme' | 'job title'; change: 'added' | 'removed'; sector: string; name: string }
  | { kind: 'programme' | 'job title'; change: 'renamed'; sector: string; from: string; to: string }
  | { kind: 'programme'; change: 'moved'; name: string; from: string; to: string }
  | { kind: 'workplaces'; change: 'changed'; sector: string; from: string; to: string };

const RENAME_THRESHOLD = 0.5;

function pairs(text: string): string[] {
  const chars = [...text];
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
}

/** Dice's coefficient on character pairs: 1 for the same name, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const left = pairs(a);
  const right = pairs(b);
  if (left.length + right.length === 0) return 1;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at !== -1) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * Matches two lists: the names in both, then renames (best-scoring pairs first, each name used
 * once), and what is left over on each side.
 */
function match<T>(
  before: readonly T[],
  after: readonly T[],
  name: (item: T) => string,
  score: (a: T, b: T) => number,
): { same: [T, T][]; renamed: [T, T][]; removed: T[]; added: T[] } {
  const same: [T, T][] = [];
  const removed = before.filter((b) => {
    const twin = after.find((a) => name(a) === name(b));
    if (twin) same.push([b, twin]);
    return !twin;
  });
  const added = after.filter((a) => !before.some((b) => name(b) === name(a)));
  const candidates = removed
    .flatMap((b) => added.map((a) => ({ b, a, score: score(b, a) })))
    .filter((c) => c.score >= RENAME_THRESHOLD)
    .sort((x, y) => y.score - x.score);
  const renamed: [T, T][] = [];
  for (const { b, a } of candidates) {
    if (renamed.some(([rb, ra]) => rb === b || ra === a)) continue;
    renamed.push([b, a]);
  }
  return {
    same,
    renamed,
    removed: removed.filter((b) => !renamed.some(([rb]) => rb === b)),
    added: added.filter((a) => !renamed.some(([, ra]) => ra === a)),
  };
}

const byName = (text: string) => text;
const byText = (a: string, b: string) => similarity(a, b);

function sectorScore(a: BrochureRow, b: BrochureRow): number {
  const shared = a.programmes.filter((p) => b.programmes.includes(p)).length;
  const programmes = shared / Math.max(1, Math.min(a.programmes.length, b.programmes.length));
  return Math.max(similarity(a.sector, b.sector), programmes);
}

/** Every difference from the site's content (`site`) to the brochure (`brochure`). */
export function diffBrochure(site: SiteTable, brochure: readonly BrochureRow[]): Difference[] {
  const out: Difference[] = [];
  const sectors = match(site, brochure, (row) => row.sector, sectorScore);
  for (const [from, to] of sectors.renamed) out.push({ kind: 'sector', change: 'renamed', from: from.sector, to: to.sector });
  for (const row of sectors.removed) out.push({ kind: 'sector', change: 'removed', name: row.sector });
  for (const row of sectors.added) out.push({ kind: 'sector', change: 'added', name: row.sector });

  // Programmes and job titles, sector by sector; a sector added or removed brings or takes all of its own.
  const empty = (row: BrochureRow): BrochureRow => ({ sector: row.sector, programmes: [], jobTitles: [] });
  const rowPairs: [BrochureRow, BrochureRow][] = [
    ...sectors.same,
    ...sectors.renamed,
    ...sectors.removed.map((row): [BrochureRow, BrochureRow] => [row, empty(row)]),
    ...sectors.added.map((row): [BrochureRow, BrochureRow] => [empty(row), row]),
  ];
  const added: { sector: string; name: string }[] = [];
  const removed: { sector: string; name: string }[] = [];
  for (const [before, after] of rowPairs) {
    const sector = after.sector;
    const p = match(before.programmes, after.programmes, byName, byText);
    for (const [from, to] of p.renamed) out.push({ kind: 'programme', change: 'renamed', sector, from, to });
    removed.push(...p.removed.map((name) => ({ sector, name })));
    added.push(...p.added.map((name) => ({ sector, name })));
    const j = match(before.jobTitles, after.jobTitles, byName, byText);
    for (const [from, to] of j.renamed) out.push({ kind: 'job title', change: 'renamed', sector, from, to });
    for (const name of j.removed) out.push({ kind: 'job title', change: 'removed', sector, name });
    for (const name of j.added) out.push({ kind: 'job title', change: 'added', sector, name });
    const [was = '', is = ''] = [before.workplaces, after.workplaces];
    // A sector added or removed as a whole has no workplace phrase to compare.
    const both = before.programmes.length > 0 && after.programmes.length > 0;
    if (both && was !== is) out.push({ kind: 'workplaces', change: 'changed', sector, from: was, to: is });
  }
  // A programme that leaves one sector and joins another under the same name has moved.
  for (const gone of removed) {
    const landed = added.findIndex((a) => a.name === gone.name);
    if (landed === -1) out.push({ kind: 'programme', change: 'removed', ...gone });
    else out.push({ kind: 'programme', change: 'moved', name: gone.name, from: gone.sector, to: added.splice(landed, 1)[0]!.sector });
  }
  for (const arrival of added) out.push({ kind: 'programme', change: 'added', ...arrival });
  const order = ['sector', 'programme', 'job title', 'workplaces'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** One line for a difference: "programme renamed: 创新及科技 › 网络安全 → 网络安全及取证". */
export function describeDifference(d: Difference): string {
  const head = `${d.kind} ${d.change}: `;
  if (d.kind === 'sector') return head + (d.change === 'renamed' ? `${d.from} → ${d.to}` : d.name);
  if (d.kind === 'programme' && d.change === 'moved') return `${head}${d.name}: ${d.from} → ${d.to}`;
  if (d.change === 'renamed' || d.change === 'changed') return `${head}${d.sector} › ${d.from || '(none)'} → ${d.to || '(none)'}`;
  return `${head}${d.sector} › ${d.name}`;
}
