import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticSite } from './support/server';
import { kindSegment, lighthouseKinds, locales, pendingIssue, templatePage } from './support/site';
import { categories, runLighthouse, type LighthouseResult, type QuietSummary } from './support/lighthouse';

// Lighthouse (mobile) once per page template, on nine kinds of page: every category should score
// 100; the gate fails below 95 so that the noise of a shared machine does not flap it. No template
// shifts its layout as it loads: cumulative layout shift must be 0 (a shift is no noise).
// A kind's three locales share one template (one route file; the same components, stylesheet and
// scripts; the same elements), so one run stands for all three, on the locale whose page is the
// largest (templatePage in support/site.ts): performance follows bytes and elements, which only the
// words change, so the largest bounds the others. What words can change in the other categories is
// checked on every page of every locale elsewhere: axe at both widths, console errors and requests
// (tests/sweep.test.ts), lang, title, description, canonical and hreflang (tests/seo/).
// The list of kinds is explicit: a kind another branch has not built yet is skipped with its issue
// named, and fails once any locale has it (see pendingPages in support/site.ts).
// The `lighthouse` project: `npm test` runs it first, with only niced work beside it (scripts/test.ts);
// in one `npx vitest run`, last. Alone: npm run test:lighthouse

const threshold = 95;
/**
 * Lighthouse lanes side by side. Each run loads its page in a quiet window, with the other lane and
 * the work beside Lighthouse paused (support/quiet-windows.ts): with two lanes and nothing paused,
 * one to three random pages a run lost 1 to 5 points to blocking time (home 96 at 230 ms, a page
 * that blocks 0 to 40 ms alone), and with one lane beside niced work, still up to 3. Outside the
 * windows (under a second a run) the lanes and the work beside them share the machine.
 */
const lanes = Number(process.env.LIGHTHOUSE_CONCURRENCY ?? 2);
const reports = join(import.meta.dirname, '..', 'test-results', 'lighthouse');

const runs = lighthouseKinds.map((kind) => ({ kind, path: templatePage(kind), pending: pendingIssue(`${locales[0]}/${kindSegment[kind]}/`) }));
const measured = runs.filter((r) => r.path !== null);
type Outcome = (LighthouseResult & { retried?: boolean }) | Error;
const results = new Map<string, Outcome>();
const quiet: QuietSummary[] = [];
const lowest = (r: LighthouseResult) => Math.min(...categories.map((c) => r.scores[c]));
/** A run that falls short: a category below the threshold, or any layout shift (every template has none). */
const short = (r: LighthouseResult) => lowest(r) < threshold || r.cls !== 0;

let site: StaticSite;
beforeAll(async () => {
  site = await serveDist();
  const report = (kind: string, suffix = '') => join(reports, `${kind}${suffix}.json`);
  // Up to two more runs of a page whose score is low, whose layout shifted or whose run failed: the
  // page's own main-thread tasks vary from load to load (TBT simulates them four times slower), and
  // now and then Lighthouse loses the trace (NO_NAVSTART, "please run Lighthouse again"; it has
  // happened twice running on one page). A real regression fails every time; the best run is kept.
  // b beats a when only a falls short, or when both do or neither does and b's lowest score is higher.
  const better = (a: LighthouseResult, b: LighthouseResult) => (short(a) !== short(b) ? short(a) : lowest(b) > lowest(a));
  const best = (a: Outcome, b: Outcome): Outcome => (b instanceof Error ? a : a instanceof Error || better(a, b) ? b : a);
  let pending = measured;
  for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
    const suffix = attempt === 0 ? '' : `-retry${attempt === 1 ? '' : attempt}`;
    const { results: outcomes, quiet: windows } = await runLighthouse(pending.map(({ kind, path }) => ({ url: site.root + path, report: report(kind, suffix) })), lanes);
    quiet.push(windows);
    for (const { kind, path } of pending) {
      const outcome = outcomes.get(report(kind, suffix))!;
      const kept = results.get(path!);
      const chosen = kept === undefined ? outcome : best(kept, outcome);
      results.set(path!, attempt > 0 && !(chosen instanceof Error) ? { ...chosen, retried: true } : chosen);
    }
    pending = pending.filter(({ path }) => {
      const r = results.get(path!)!;
      return r instanceof Error || short(r);
    });
  }
}, 900_000);

afterAll(async () => {
  await site?.close();
  const rows = measured.map(({ kind, path }) => {
    const r = results.get(path!);
    if (!r || r instanceof Error) return `| ${kind} | /${path} | error: ${r?.message ?? 'not run'} | | | | | | |`;
    const pause = r.quietMs === undefined ? 'none' : `${(r.quietMs / 1000).toFixed(1)} s`;
    return `| ${kind} | /${path} | ${categories.map((c) => r.scores[c]).join(' | ')} | ${r.metrics['first-contentful-paint']} / ${r.metrics['largest-contentful-paint']} / ${r.metrics['total-blocking-time']} / ${r.metrics['cumulative-layout-shift']} | ${r.seconds.toFixed(0)} s${r.retried ? ' (retried)' : ''} | ${pause} |`;
  });
  const version = [...results.values()].find((r): r is LighthouseResult => !(r instanceof Error))?.version ?? '?';
  const table = [
    `Lighthouse ${version} mobile, ${measured.length} page templates, fail below ${threshold} or on any layout shift`,
    '',
    '| template | page | perf | a11y | best pr. | SEO | FCP / LCP / TBT / CLS | run | others paused |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Quiet windows: ${sum(quiet, 'windows')}, the most processes one paused: ${Math.max(0, ...quiet.map((q) => q.mostPaused))}, closed by their time limit: ${sum(quiet, 'overrun')}`,
  ].join('\n');
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'scores.md'), table + '\n');
  console.log(table);
});

const sum = (summaries: QuietSummary[], key: 'windows' | 'overrun') => summaries.reduce((n, q) => n + q[key], 0);

describe('Lighthouse, mobile', () => {
  // Scores measured beside other work would be the machine's, not the page's.
  it('loads every page it scores in a quiet window of its own, closed by its lane', () => {
    const scored = [...results.entries()].filter((e): e is [string, LighthouseResult] => !(e[1] instanceof Error));
    expect(scored.filter(([, r]) => !(r.quietMs! > 0)).map(([path]) => path)).toEqual([]);
    expect(sum(quiet, 'overrun')).toBe(0);
  });

  for (const { kind, path, pending } of runs) {
    const name = `${kind} page template`;
    if (path === null && pending !== undefined) {
      it.skip(`${name}: not built in this branch yet (issue ${pending})`, () => {});
    } else if (path === null) {
      it(name, () => expect.fail(`dist/ has no ${kind} page in any locale`));
    } else {
      it(`${name} (/${path}) scores at least ${threshold} in every category, and shifts no layout`, () => {
        const result = results.get(path);
        if (result instanceof Error) throw result;
        expect(result, 'Lighthouse did not run').toBeDefined();
        const low = categories.filter((c) => result!.scores[c] < threshold);
        expect(low.map((c) => `${c} ${result!.scores[c]}`), result!.failing.join('\n')).toEqual([]);
        expect(result!.cls, 'cumulative layout shift').toBe(0);
      });
    }
  }
});
