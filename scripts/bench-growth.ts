/**
 * Part of `npm run bench` (scripts/bench.ts): where the HTML goes as the catalogue grows. For each
 * catalogue size, the HTML of each kind of page (how many pages, KB per page), so that growth shows
 * where it comes from; and the goal line of issue 15 read from those figures, with what explains it. Figures only, nothing asserted.
 */
import { statSync } from 'node:fs';

/** One kind of page in one build: how many pages and their HTML, raw bytes. */
export interface KindBytes {
  pages: number;
  bytes: number;
}

/** One build's HTML, by kind of page. */
export interface GrowthFigures {
  factor: number;
  programmes: number;
  kinds: Record<string, KindBytes>;
}

/** The HTML files of a build, summed by the kind of page `kindOf` names. */
export function htmlByKind(files: readonly string[], kindOf: (file: string) => string): Record<string, KindBytes> {
  const kinds: Record<string, KindBytes> = {};
  for (const file of files) {
    const entry = (kinds[kindOf(file)] ??= { pages: 0, bytes: 0 });
    entry.pages += 1;
    entry.bytes += statSync(file).size;
  }
  return kinds;
}

const kb = (n: number) => (n / 1024).toFixed(1);
const total = (g: GrowthFigures, keep: (kind: string) => boolean = () => true) =>
  Object.entries(g.kinds)
    .filter(([kind]) => keep(kind))
    .reduce((sum, [, k]) => ({ pages: sum.pages + k.pages, bytes: sum.bytes + k.bytes }), { pages: 0, bytes: 0 });

/**
 * The report's lines: a table of KB per page by kind at each size (the catalogue-wide kinds, one page
 * per locale whatever the size, marked), then the goal line from the next-largest size to the largest:
 *
 * - all HTML grows no faster than the page count (HTML per page does not rise), with and without the
 *   catalogue-wide pages. This reading also moves with the mix of kinds: as the catalogue grows, the
 *   programme pages (the heaviest kind there are many of) outnumber the fixed pages (home, rules, …)
 *   ever more, so HTML per page rises towards a programme page's weight even when no page grows.
 *
 * Then two figures that tell the causes apart: the mix held still (each kind's KB per page at the
 * larger size, weighted by the smaller size's page counts, the catalogue-wide pages left out), which
 * rises only where pages of some kind grow (a sector's pages still filling up to SECTOR_PAGE_SIZE
 * do, up to that bound); and all HTML per programme, which does not rise while the output is linear
 * in the catalogue with a fixed part.
 */
export function growthReport(sizes: readonly GrowthFigures[], catalogueWide: readonly string[]): string[] {
  if (sizes.length === 0) return [];
  const wide = (kind: string) => catalogueWide.includes(kind);
  const kinds = [...new Set(sizes.flatMap((g) => Object.keys(g.kinds)))].sort(
    (a, b) => (sizes.at(-1)!.kinds[b]?.bytes ?? 0) - (sizes.at(-1)!.kinds[a]?.bytes ?? 0),
  );
  const cell = (k: KindBytes | undefined) => (k ? `${k.pages} × ${kb(k.bytes / k.pages)}` : '–');
  const lines = [
    '### HTML by kind of page, per catalogue size',
    '',
    'Pages × raw KB per page, and the kind\'s share of all HTML at the largest size. Catalogue-wide kinds (*) list every',
    'programme by design, one page per locale at every size.',
    '',
    `| kind | ${sizes.map((g) => `${g.factor}x`).join(' | ')} | share at ${sizes.at(-1)!.factor}x |`,
    `|---|${sizes.map(() => '---:|').join('')}---:|`,
    ...kinds.map((kind) => {
      const last = sizes.at(-1)!;
      const share = ((last.kinds[kind]?.bytes ?? 0) / total(last).bytes) * 100;
      return `| ${kind}${wide(kind) ? ' *' : ''} | ${sizes.map((g) => cell(g.kinds[kind])).join(' | ')} | ${share.toFixed(1)}% |`;
    }),
    '',
  ];
  if (sizes.length < 2) return lines;
  const [before, after] = [sizes.at(-2)!, sizes.at(-1)!];
  const goal = (ok: boolean) => (ok ? 'met' : '**missed**');
  const perPage = (g: GrowthFigures, keep?: (kind: string) => boolean) => {
    const t = total(g, keep);
    return t.bytes / t.pages;
  };
  const narrow = (kind: string) => !wide(kind);
  // Laspeyres: the larger size's KB per page of each kind, at the smaller size's counts of pages.
  const held = (g: GrowthFigures) =>
    Object.entries(before.kinds)
      .filter(([kind]) => narrow(kind))
      .reduce((sum, [kind, k]) => sum + k.pages * ((g.kinds[kind]?.bytes ?? 0) / (g.kinds[kind]?.pages ?? 1)), 0) /
    total(before, narrow).pages;
  const perProgramme = (g: GrowthFigures) => total(g).bytes / g.programmes;
  const [a, b] = [`${before.factor}x`, `${after.factor}x`];
  return [
    ...lines,
    `Goal: all HTML grows no faster than the page count from ${a} to ${b} (${(total(after).bytes / total(before).bytes).toFixed(2)}x the HTML for ` +
      `${(total(after).pages / total(before).pages).toFixed(2)}x the pages; ${kb(perPage(before))} → ${kb(perPage(after))} KB per page): ` +
      `${goal(perPage(after) <= perPage(before))}; without the catalogue-wide pages (${kb(perPage(before, narrow))} → ${kb(perPage(after, narrow))} KB per page): ` +
      `${goal(perPage(after, narrow) <= perPage(before, narrow))}.`,
    `Where it comes from: with the mix of kinds held at ${a}'s (the catalogue-wide pages left out), ${kb(held(before))} → ${kb(held(after))} KB per page ` +
      `(a rise here is pages of some kind growing); all HTML per programme ${kb(perProgramme(before))} → ${kb(perProgramme(after))} KB ` +
      `(${perProgramme(after) <= perProgramme(before) ? 'not rising: output linear in the catalogue, with a fixed part' : '**rising: output grows faster than the catalogue**'}).`,
    '',
  ];
}
