import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticSite } from './support/server';
import { kindSegment, lighthouseKinds, locales, pendingIssue, templatePage } from './support/site';
import { categories, runLighthouse, type LighthouseResult } from './support/lighthouse';

// Lighthouse (mobile) once per page template, on nine kinds of page: every category should score
// 100; the gate fails below 95 so that the noise of a shared machine does not flap it.
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
 * Lighthouse lanes side by side. With two, each lane's long tasks stretch while the other computes
 * its audits: on this 2-core machine one to three random pages a run lose 1 to 4 points to blocking
 * time (home 96 at 230 ms, a page that blocks 0 to 40 ms alone). One lane (LIGHTHOUSE_CONCURRENCY=1)
 * measures steadier, but the work beside it in `npm test` ends before it does and a core then idles:
 * 15 to 25 s more, which the five-minute budget of `npm test` cannot spare.
 */
const lanes = Number(process.env.LIGHTHOUSE_CONCURRENCY ?? 2);
const reports = join(import.meta.dirname, '..', 'test-results', 'lighthouse');

const runs = lighthouseKinds.map((kind) => ({ kind, path: templatePage(kind), pending: pendingIssue(`${locales[0]}/${kindSegment[kind]}/`) }));
const measured = runs.filter((r) => r.path !== null);
type Outcome = (LighthouseResult & { retried?: boolean }) | Error;
const results = new Map<string, Outcome>();
const lowest = (r: LighthouseResult) => Math.min(...categories.map((c) => r.scores[c]));

let site: StaticSite;
beforeAll(async () => {
  site = await serveDist();
  const report = (kind: string, suffix = '') => join(reports, `${kind}${suffix}.json`);
  // Up to two more runs of a page whose score is low or whose run failed: a busy machine stretches
  // the main-thread tasks that TBT simulates four times slower, and now and then Lighthouse loses the
  // trace (NO_NAVSTART, "please run Lighthouse again"; it has happened twice running on one page). A
  // real regression fails every time; the best run is kept.
  const best = (a: Outcome, b: Outcome): Outcome => (b instanceof Error ? a : a instanceof Error || lowest(b) > lowest(a) ? b : a);
  let pending = measured;
  for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
    const suffix = attempt === 0 ? '' : `-retry${attempt === 1 ? '' : attempt}`;
    const outcomes = await runLighthouse(pending.map(({ kind, path }) => ({ url: site.root + path, report: report(kind, suffix) })), lanes);
    for (const { kind, path } of pending) {
      const outcome = outcomes.get(report(kind, suffix))!;
      const kept = results.get(path!);
      const chosen = kept === undefined ? outcome : best(kept, outcome);
      results.set(path!, attempt > 0 && !(chosen instanceof Error) ? { ...chosen, retried: true } : chosen);
    }
    pending = pending.filter(({ path }) => {
      const r = results.get(path!)!;
      return r instanceof Error || lowest(r) < threshold;
    });
  }
}, 900_000);

afterAll(async () => {
  await site?.close();
  const rows = measured.map(({ kind, path }) => {
    const r = results.get(path!);
    if (!r || r instanceof Error) return `| ${kind} | /${path} | error: ${r?.message ?? 'not run'} | | | | | |`;
    return `| ${kind} | /${path} | ${categories.map((c) => r.scores[c]).join(' | ')} | ${r.metrics['first-contentful-paint']} / ${r.metrics['largest-contentful-paint']} / ${r.metrics['total-blocking-time']} / ${r.metrics['cumulative-layout-shift']} | ${r.seconds.toFixed(0)} s${r.retried ? ' (retried)' : ''} |`;
  });
  const version = [...results.values()].find((r): r is LighthouseResult => !(r instanceof Error))?.version ?? '?';
  const table = [
    `Lighthouse ${version} mobile, ${measured.length} page templates, fail below ${threshold}`,
    '',
    '| template | page | perf | a11y | best pr. | SEO | FCP / LCP / TBT / CLS | run |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'scores.md'), table + '\n');
  console.log(table);
});

describe('Lighthouse, mobile', () => {
  for (const { kind, path, pending } of runs) {
    const name = `${kind} page template`;
    if (path === null && pending !== undefined) {
      it.skip(`${name}: not built in this branch yet (issue ${pending})`, () => {});
    } else if (path === null) {
      it(name, () => expect.fail(`dist/ has no ${kind} page in any locale`));
    } else {
      it(`${name} (/${path}) scores at least ${threshold} in every category`, () => {
        const result = results.get(path);
        if (result instanceof Error) throw result;
        expect(result, 'Lighthouse did not run').toBeDefined();
        const low = categories.filter((c) => result!.scores[c] < threshold);
        expect(low.map((c) => `${c} ${result!.scores[c]}`), result!.failing.join('\n')).toEqual([]);
      });
    }
  }
});
