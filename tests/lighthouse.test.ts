import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticSite } from './support/server';
import { kindSegment, lighthouseKinds, locales, pendingIssue, representativePage } from './support/site';
import { categories, runLighthouse, type LighthouseResult } from './support/lighthouse';

// Lighthouse (mobile) on eight kinds of page in each of the three locales: every category should
// score 100; the gate fails below 95 so that the noise of a shared machine does not flap it.
// The list is explicit (locales × kinds): a kind another branch has not built yet is skipped with
// its issue named, and fails once any locale has it (see pendingPages in support/site.ts).
// Run alone: npx vitest run tests/lighthouse.test.ts

const threshold = 95;
/** Lighthouse runs at once: each is mostly waiting on a simulated network, but shares 2 cores. */
const concurrency = Number(process.env.LIGHTHOUSE_CONCURRENCY ?? 2);
const reports = join(import.meta.dirname, '..', 'test-results', 'lighthouse');

const runs = locales.flatMap((locale) =>
  lighthouseKinds.map((kind) => ({ locale, kind, path: representativePage(kind, locale), pending: pendingIssue(`${locale}/${kindSegment[kind]}/`) })),
);
const measured = runs.filter((r) => r.path !== null);
type Outcome = (LighthouseResult & { retried?: boolean }) | Error;
const results = new Map<string, Outcome>();
const lowest = (r: LighthouseResult) => Math.min(...categories.map((c) => r.scores[c]));

let site: StaticSite;
beforeAll(async () => {
  site = await serveDist();
  let next = 0;
  const worker = async () => {
    while (next < measured.length) {
      const { locale, kind, path } = measured[next++]!;
      const run = (suffix = '') => runLighthouse(site.root + path, join(reports, `${locale}-${kind}${suffix}.json`)).catch((e: Error) => e);
      let result: Outcome = await run();
      // One more run when a score is low or Lighthouse failed: a busy machine stretches the
      // main-thread tasks that TBT simulates four times slower, and now and then loses the trace
      // (NO_NAVSTART, "please run Lighthouse again"). A real regression fails again; the better run is kept.
      if (result instanceof Error || lowest(result) < threshold) {
        const again = await run('-retry');
        const better = !(again instanceof Error) && (result instanceof Error || lowest(again) > lowest(result));
        result = better ? { ...again, retried: true } : result instanceof Error ? result : { ...result, retried: true };
      }
      results.set(path!, result);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}, 1_200_000); // 8 kinds × 3 locales (issue 12 added faq and costs), with retries on a shared machine

afterAll(async () => {
  await site?.close();
  const rows = measured.map(({ locale, kind, path }) => {
    const r = results.get(path!);
    if (!r || r instanceof Error) return `| ${kind} | ${locale} | error: ${r?.message ?? 'not run'} | | | | | |`;
    return `| ${kind} | ${locale} | ${categories.map((c) => r.scores[c]).join(' | ')} | ${r.metrics['first-contentful-paint']} / ${r.metrics['largest-contentful-paint']} / ${r.metrics['total-blocking-time']} / ${r.metrics['cumulative-layout-shift']} | ${r.seconds.toFixed(0)} s${r.retried ? ' (retried)' : ''} |`;
  });
  const version = [...results.values()].find((r): r is LighthouseResult => !(r instanceof Error))?.version ?? '?';
  const table = [
    `Lighthouse ${version} mobile, ${measured.length} pages, fail below ${threshold}`,
    '',
    '| page | locale | perf | a11y | best pr. | SEO | FCP / LCP / TBT / CLS | run |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'scores.md'), table + '\n');
  console.log(table);
});

describe('Lighthouse, mobile', () => {
  for (const { locale, kind, path, pending } of runs) {
    const name = `${kind} page, ${locale}`;
    if (path === null && pending !== undefined) {
      it.skip(`${name}: not built in this branch yet (issue ${pending})`, () => {});
    } else if (path === null) {
      it(name, () => expect.fail(`dist/ has no ${kind} page for ${locale}`));
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
