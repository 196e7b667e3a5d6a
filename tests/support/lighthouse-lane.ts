/**
 * One lane of Lighthouse runs (tests/support/lighthouse.ts starts two): one Node process that loads
 * Lighthouse once and one Chromium that serves every run of the lane, one run after another, instead
 * of a CLI process and a fresh browser per page (their start-up was half of each run's time). Each run
 * still starts cold: Lighthouse clears the origin's cache and storage before it loads the page.
 *
 *   node tests/support/lighthouse-lane.ts '{"chromePath":…,"chromeFlags":[…],"categories":[…],"runs":[{"url":…,"report":…}]}'
 *
 * Writes each run's JSON report to its `report` path and prints one JSON line per run:
 * `{"report":…,"seconds":…}`, or with `"error"` when the run failed.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

interface LaneRequest {
  chromePath: string;
  chromeFlags: string[];
  categories: string[];
  runs: { url: string; report: string }[];
}

const request = JSON.parse(process.argv[2] ?? '{}') as LaneRequest;
// The browser opens on the lane's first page: a first load that warms what any browser of a reader
// has warm (its fonts above all: the CJK faces are large), so that it is not billed to one run.
const chrome = await chromeLauncher.launch({ chromePath: request.chromePath, chromeFlags: request.chromeFlags, startingUrl: request.runs[0]?.url ?? 'about:blank' });
try {
  for (const run of request.runs) {
    const start = Date.now();
    try {
      // The CLI's defaults: the mobile preset, simulated throttling; no full-page screenshot, a
      // picture for people (a fifth of a run) that no score reads.
      const result = await lighthouse(run.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: request.categories,
        disableFullPageScreenshot: true,
      });
      if (!result) throw new Error('Lighthouse returned no result');
      writeFileSync(run.report, result.report as string);
      console.log(JSON.stringify({ report: run.report, seconds: (Date.now() - start) / 1000 }));
    } catch (error) {
      console.log(JSON.stringify({ report: run.report, seconds: (Date.now() - start) / 1000, error: String(error) }));
    }
  }
} finally {
  chrome.kill();
}
