import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumFlags, chromiumPath } from './browser';

/**
 * Lighthouse 13 with its default config: the mobile preset (a mid-range phone, simulated slow 4G and
 * 4x CPU slowdown), in Debian's Chromium with the same closed-network flags as the browser tests.
 * Runs go in lanes (tests/support/lighthouse-lane.ts): a process and a Chromium per lane, each run
 * after the other in it, the lanes side by side.
 */
const lane = join(import.meta.dirname, 'lighthouse-lane.ts');

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

export interface LighthouseResult {
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** FCP, LCP, TBT, CLS, SI as Lighthouse displays them. */
  metrics: Record<(typeof metricIds)[number], string>;
  /** Audits that did not pass, for the report of a low score. */
  failing: string[];
  seconds: number;
  version: string;
}

export interface LighthouseRun {
  url: string;
  /** Where the JSON report goes. */
  report: string;
}

/** What a run's JSON report says: its scores, metrics and failing audits. */
export function readReport(reportPath: string, seconds: number): LighthouseResult {
  const lhr = JSON.parse(readFileSync(reportPath, 'utf8'));
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseResult['scores'];
  const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.displayValue ?? '?'])) as LighthouseResult['metrics'];
  const failing = categories.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref: { id: string; weight: number }) => ref.weight > 0)
      .map((ref: { id: string }) => lhr.audits[ref.id])
      .filter((a: { score: number | null }) => a.score !== null && a.score < 1)
      .map((a: { id: string; score: number; displayValue?: string }) => `${c}: ${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`),
  );
  return { scores, metrics, failing, seconds, version: lhr.lighthouseVersion };
}

/** Runs Lighthouse on every run's URL, `lanes` at a time; each run's result, or its error, by report path. */
export async function runLighthouse(runs: readonly LighthouseRun[], lanes: number): Promise<Map<string, LighthouseResult | Error>> {
  for (const run of runs) mkdirSync(dirname(run.report), { recursive: true });
  const shares = Array.from({ length: Math.min(lanes, runs.length) }, (_, i) => runs.filter((_, j) => j % lanes === i));
  const results = new Map<string, LighthouseResult | Error>();
  await Promise.all(
    shares.map(async (share) => {
      const request = { chromePath: chromiumPath, chromeFlags: [...chromiumFlags], categories: [...categories], runs: share };
      // A lane that dies still reports the runs it finished; the others get its error.
      const { stdout, error } = await promisify(execFile)(process.execPath, [lane, JSON.stringify(request)], { timeout: 180_000 * share.length }).then(
        ({ stdout }) => ({ stdout, error: undefined }),
        (error: Error & { stdout?: string }) => ({ stdout: String(error.stdout ?? ''), error }),
      );
      for (const line of stdout.split('\n').filter((l) => l.startsWith('{'))) {
        const done = JSON.parse(line) as { report: string; seconds: number; error?: string };
        results.set(done.report, done.error ? new Error(`Lighthouse: ${done.error}`) : safely(() => readReport(done.report, done.seconds)));
      }
      for (const run of share) if (error && !results.has(run.report)) results.set(run.report, error);
    }),
  );
  for (const run of runs) if (!results.has(run.report)) results.set(run.report, new Error('Lighthouse did not report this run'));
  return results;
}

function safely<T>(read: () => T): T | Error {
  try {
    return read();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
