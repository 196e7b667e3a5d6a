import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromiumFlags, chromiumPath } from './browser';
import { QuietWindows } from './quiet-windows';

/**
 * Lighthouse 13 with its default config: the mobile preset (a mid-range phone, simulated slow 4G and
 * 4x CPU slowdown), in Debian's Chromium with the same closed-network flags as the browser tests.
 * Runs go in lanes (tests/support/lighthouse-lane.ts): a process and a Chromium per lane, each run
 * after the other in it, the lanes side by side.
 */
const laneScript = join(import.meta.dirname, 'lighthouse-lane.ts');

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

export interface LighthouseResult {
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Cumulative layout shift, unrounded. */
  cls: number;
  /** FCP, LCP, TBT, CLS, SI as Lighthouse displays them. */
  metrics: Record<(typeof metricIds)[number], string>;
  /** Audits that did not pass, for the report of a low score. */
  failing: string[];
  seconds: number;
  version: string;
  /** How long the run's quiet window was open (its page's load, the other work paused), in ms; undefined: it had none. */
  quietMs?: number | undefined;
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
  const cls = Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN);
  return { scores, cls, metrics, failing, seconds, version: lhr.lighthouseVersion };
}

/** Quiet windows of one call of runLighthouse: how many, how many closed themselves, and the most processes one paused. */
export interface QuietSummary {
  /** Runs measured in a window of their own. */
  windows: number;
  /** Windows that had to close themselves (a lane that never said it was done). */
  overrun: number;
  /** The most processes one window paused. */
  mostPaused: number;
}

/**
 * Runs Lighthouse on every run's URL, `lanes` at a time; each run's result, or its error, by report
 * path. Each run measures in a quiet window (quiet-windows.ts): the other lanes pause, and so do the
 * process trees whose ids VPAS_QUIET_BESIDE lists (what `npm test` runs beside Lighthouse).
 */
export async function runLighthouse(runs: readonly LighthouseRun[], lanes: number): Promise<{ results: Map<string, LighthouseResult | Error>; quiet: QuietSummary }> {
  for (const run of runs) mkdirSync(dirname(run.report), { recursive: true });
  const shares = Array.from({ length: Math.min(lanes, runs.length) }, (_, i) => runs.filter((_, j) => j % lanes === i));
  const results = new Map<string, LighthouseResult | Error>();
  const beside = (process.env.VPAS_QUIET_BESIDE ?? '').split(',').filter(Boolean).map(Number);
  const children: (ChildProcess | undefined)[] = [];
  const windows = new QuietWindows((lane) => [...children.flatMap((c, i) => (i === lane || c?.pid === undefined ? [] : [c.pid])), ...beside]);
  let quietRuns = 0;
  await Promise.all(
    shares.map(async (share, lane) => {
      const request = { chromePath: chromiumPath, chromeFlags: [...chromiumFlags], categories: [...categories], quiet: true, runs: share };
      const child = spawn(process.execPath, [laneScript, JSON.stringify(request)], { stdio: ['pipe', 'pipe', 'pipe'] });
      children[lane] = child;
      // A lane that hangs is stopped after three minutes a run; it still reports the runs it finished.
      const timer = setTimeout(() => child.kill('SIGKILL'), 180_000 * share.length);
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      // A grant written to a lane that has just died: its end is reported below.
      child.stdin.on('error', () => {});
      createInterface({ input: child.stdout }).on('line', (line) => {
        const message = parsed(line) as { quiet?: 'request' | 'resume' | 'release'; report?: string; seconds?: number; quietMs?: number; error?: string };
        if (message.quiet === 'request') void windows.request(lane).then(() => child.stdin.write('go\n'));
        else if (message.quiet === 'resume') windows.resume(lane);
        else if (message.quiet === 'release') windows.release(lane);
        else if (message.report !== undefined) {
          if (message.quietMs !== undefined) quietRuns++;
          results.set(message.report, message.error ? new Error(`Lighthouse: ${message.error}`) : safely(() => ({ ...readReport(message.report!, message.seconds ?? 0), quietMs: message.quietMs })));
        }
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(timer);
      windows.release(lane);
      // A lane that dies still reports the runs it finished; the others get its error.
      const error = new Error(`Lighthouse lane ended with status ${status}: ${stderr.trim().slice(-2000)}`);
      for (const run of share) if (status !== 0 && !results.has(run.report)) results.set(run.report, error);
    }),
  );
  for (const run of runs) if (!results.has(run.report)) results.set(run.report, new Error('Lighthouse did not report this run'));
  return { results, quiet: { windows: quietRuns, overrun: windows.overrun, mostPaused: windows.mostPaused } };
}

/** A lane's line of JSON, or {} for any other output. */
function parsed(line: string): object {
  try {
    return line.startsWith('{') ? (JSON.parse(line) as object) : {};
  } catch {
    return {};
  }
}

function safely<T>(read: () => T): T | Error {
  try {
    return read();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
