/**
 * One lane of Lighthouse runs (tests/support/lighthouse.ts starts two): one Node process that loads
 * Lighthouse once and one Chromium that serves every run of the lane, one run after another, instead
 * of a CLI process and a fresh browser per page (their start-up was half of each run's time). Each run
 * still starts cold: Lighthouse clears the origin's cache and storage before it loads the page.
 *
 *   node tests/support/lighthouse-lane.ts '{"chromePath":…,"chromeFlags":[…],"categories":[…],"quiet":true,"runs":[{"url":…,"report":…}]}'
 *
 * Writes each run's JSON report to its `report` path and prints one JSON line per run:
 * `{"report":…,"seconds":…,"quietMs":…}`, or with `"error"` when the run failed.
 *
 * With `quiet`, each run measures in a quiet window (tests/support/quiet-windows.ts): before
 * Lighthouse starts its trace, the lane prints `{"quiet":"request"}` and waits for a line `go` on
 * its standard input; once the page has loaded, and half a second more for the work that follows
 * its load event, it prints `{"quiet":"resume"}` (the other work may go on), and when the trace ends,
 * `{"quiet":"release"}` (another lane may start one). `quietMs` is how long the other work was paused.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ProtocolSession } from 'lighthouse/core/gather/session.js';

interface LaneRequest {
  chromePath: string;
  chromeFlags: string[];
  categories: string[];
  quiet?: boolean;
  runs: { url: string; report: string }[];
}

/** How long the others stay paused after the page's load event: the page's own work ends within 100 ms of it on every template. */
const afterLoadMs = 500;

const request = JSON.parse(process.argv[2] ?? '{}') as LaneRequest;
const say = (message: object) => console.log(JSON.stringify(message));

/** The window of the run in progress: opened (granted), the others resumed, closed; in ms since the epoch. */
let measuring: { url: string; opened?: number; resumed?: number; closed?: number } | undefined;
const grants = request.quiet ? createInterface({ input: process.stdin }) : undefined;
let granted: (() => void) | undefined;
grants?.on('line', (line) => {
  if (line.trim() === 'go') granted?.();
});

function resume() {
  if (measuring?.opened === undefined || measuring.resumed !== undefined) return;
  measuring.resumed = Date.now();
  say({ quiet: 'resume' });
}

function close() {
  if (measuring?.opened === undefined || measuring.closed !== undefined) return;
  resume();
  measuring.closed = Date.now();
  say({ quiet: 'release' });
}

if (request.quiet) {
  // Lighthouse's own protocol session: its trace starts with Tracing.start and its page load with
  // Page.navigate to the run's URL (the other navigations are to about:blank and, for the
  // back/forward cache audit, chrome://terms); Tracing.end ends the trace.
  const send = ProtocolSession.prototype.sendCommand;
  // An EventEmitter, though its declared type (Lighthouse's CrdpEventEmitter) does not resolve here.
  type Emitter = { once(event: string, listener: () => void): void };
  ProtocolSession.prototype.sendCommand = async function (this: ProtocolSession & Emitter, method: string, ...params: unknown[]) {
    if (method === 'Tracing.start' && measuring && measuring.opened === undefined) {
      const go = new Promise<void>((resolve) => (granted = resolve));
      say({ quiet: 'request' });
      await go;
      measuring.opened = Date.now();
    }
    if (method === 'Page.navigate' && measuring && (params[0] as { url?: string } | undefined)?.url === measuring.url) {
      this.once('Page.loadEventFired', () => setTimeout(resume, afterLoadMs));
    }
    // Once the trace is complete (every process has stopped recording), another lane may start one.
    if (method === 'Tracing.end') this.once('Tracing.tracingComplete', close);
    return (send as (this: ProtocolSession, method: string, ...params: unknown[]) => Promise<unknown>).call(this, method, ...params);
  } as typeof send;
}

// The browser opens on the lane's first page: a first load that warms what any browser of a reader
// has warm (its fonts above all: the CJK faces are large), so that it is not billed to one run.
const chrome = await chromeLauncher.launch({ chromePath: request.chromePath, chromeFlags: request.chromeFlags, startingUrl: request.runs[0]?.url ?? 'about:blank' });
try {
  for (const run of request.runs) {
    const start = Date.now();
    measuring = { url: run.url };
    const quietMs = () => (measuring?.opened === undefined ? undefined : (measuring.resumed ?? Date.now()) - measuring.opened);
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
      close();
      say({ report: run.report, seconds: (Date.now() - start) / 1000, quietMs: quietMs() });
    } catch (error) {
      close();
      say({ report: run.report, seconds: (Date.now() - start) / 1000, quietMs: quietMs(), error: String(error) });
    }
  }
} finally {
  chrome.kill();
  grants?.close();
  process.stdin.destroy();
}
