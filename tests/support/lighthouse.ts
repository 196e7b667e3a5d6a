import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumFlags, chromiumPath } from './browser';

/**
 * Lighthouse 13 through its CLI, with its default config: the mobile preset (a mid-range phone,
 * simulated slow 4G and 4x CPU slowdown). Each run launches its own Chromium with the same
 * closed-network flags as the browser tests.
 */
const cli = join(import.meta.dirname, '..', '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
const chromeFlags = chromiumFlags;

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

export async function runLighthouse(url: string, reportPath: string): Promise<LighthouseResult> {
  mkdirSync(dirname(reportPath), { recursive: true });
  const start = Date.now();
  await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--no-enable-error-reporting',
      `--only-categories=${categories.join(',')}`,
      '--output=json',
      // The report's full-page screenshot is a picture for people (a fifth of a run); no score reads it.
      '--disable-full-page-screenshot',
      `--output-path=${reportPath}`,
      `--chrome-flags=${chromeFlags.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, timeout: 180_000 },
  );
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
  return { scores, metrics, failing, seconds: (Date.now() - start) / 1000, version: lhr.lighthouseVersion };
}
