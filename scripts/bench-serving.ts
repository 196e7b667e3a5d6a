/**
 * Part of `npm run bench` (scripts/bench.ts): the cost of precompression, and a build served as
 * deployed (nginx with the dist/_nginx.conf the build wrote) measured in Chromium: bytes on the wire
 * for a programme page and for the first query of a search, with brotli and with gzip, and what a
 * repeat visit downloads again. Figures only, nothing asserted.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { searchFor } from '../tests/search/helpers.ts';
import { serveWithNginx } from '../tests/support/nginx.ts';
import { recordNetwork, type Transfer } from '../tests/support/network.ts';

export interface CompressionFigures {
  seconds: number;
  files: number;
  raw: number;
  br: number;
  gzip: number;
}

/**
 * Precompression's figures from a build's log, the line src/integrations/serving.ts writes:
 * "precompressed 178 files (0 from cache) in 10.2 s: 4.52 MB → brotli 0.92 MB, gzip 1.15 MB".
 */
export function precompressionOf(log: string): CompressionFigures {
  const m = /precompressed (\d+) files \((\d+) from cache\) in ([\d.]+) s: ([\d.]+) MB → brotli ([\d.]+) MB, gzip ([\d.]+) MB/.exec(log);
  if (!m) throw new Error(`the build's log has no precompression line:\n${log.slice(-2000)}`);
  const mb = (s: string) => Number(s) * 2 ** 20;
  return { files: Number(m[1]), seconds: Number(m[3]), raw: mb(m[4]!), br: mb(m[5]!), gzip: mb(m[6]!) };
}

/** What one step of a visit cost: all bytes received, and the URLs that came with a body. */
export interface Step {
  bytes: number;
  requests: number;
  /** Paths under the site's root that the server sent with a body (not cached, not a 304). */
  downloads: string[];
}

export interface WireFigures {
  encoding: 'br' | 'gzip';
  programme: Step & { path: string; html: number };
  firstQuery: Step;
  repeatOther: Step & { path: string };
  repeatSame: Step;
  repeatQuery: Step;
}

/** The two largest programme pages of a locale (the worst case first), as paths under the base. */
function programmePages(dist: string, locale: string): [string, string] {
  const dir = join(dist, locale, 'programmes');
  // Each programme is a folder; the folder's own index.html is the table of all programmes (issue 14).
  const [first, second] = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: slug }) => ({ slug, size: statSync(join(dir, slug, 'index.html')).size }))
    .sort((a, b) => b.size - a.size)
    .map(({ slug }) => `${locale}/programmes/${slug}/`);
  return [first!, second!];
}

/**
 * One cold browser context per encoding (Accept-Encoding forced, which Chromium honours): a
 * programme page, the search page and a first query, then a repeat visit to another programme page,
 * to the same page and to the same search.
 */
export async function measureWire(dist: string, base: string, browser: Browser, query: { locale: string; text: string; label: RegExp }): Promise<WireFigures[]> {
  const site = await serveWithNginx(dist, base);
  const [programme, other] = programmePages(dist, query.locale);
  const figures: WireFigures[] = [];
  try {
    for (const encoding of ['br', 'gzip'] as const) {
      const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': encoding } });
      const page = await context.newPage();
      const network = await recordNetwork(page);
      const step = (transfers: Transfer[]): Step => ({
        bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
        requests: transfers.filter((t) => !t.fromCache).length,
        downloads: transfers.filter((t) => !t.fromCache && t.status === 200).map((t) => t.url.slice(site.root.length).replace(/\?.*/, '?…')),
      });
      const visit = async (path: string) => {
        await page.goto(site.root + path, { waitUntil: 'networkidle' });
        return step(network.take());
      };
      /** The query alone: from after the search page has loaded until its results are in. */
      const search = async () => {
        await visit(`${query.locale}/search/`);
        await searchFor(page, query.label, query.text);
        await page.waitForLoadState('networkidle');
        return step(network.take());
      };
      await page.goto(site.root + programme, { waitUntil: 'networkidle' });
      const cold = network.take();
      figures.push({
        encoding,
        programme: { ...step(cold), path: programme, html: cold.find((t) => t.url === site.root + programme)?.bytes ?? 0 },
        firstQuery: await search(),
        repeatOther: { ...(await visit(other)), path: other },
        repeatSame: await visit(programme),
        repeatQuery: await search(),
      });
      await context.close();
    }
  } finally {
    await site.close();
  }
  return figures;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const downloaded = (step: Step) => (step.downloads.length ? step.downloads.map((d) => `\`${d || '/'}\``).join(', ') : 'nothing');

/** The BENCHMARKS.md section: precompression at 1x, and the wire figures. */
export function servingReport(compression: CompressionFigures | undefined, wire: readonly WireFigures[]): string[] {
  const out = ['## Served by nginx (real catalogue)', ''];
  if (compression) {
    out.push(
      `Precompression in the build (src/integrations/precompress.ts, cold cache): ${compression.files} text files, ${mb(compression.raw)} → ` +
        `brotli ${mb(compression.br)}, gzip ${mb(compression.gzip)}, in ${compression.seconds.toFixed(1)} s on zlib's thread pool. ` +
        'A rebuild compresses only the files whose content changed.',
      '',
    );
  }
  const br = wire.find((w) => w.encoding === 'br');
  const gz = wire.find((w) => w.encoding === 'gzip');
  if (!br || !gz) return [...out, '- Bytes on the wire: not measured', ''];
  const row = (label: string, pick: (w: WireFigures) => Step, note = (s: Step) => `${s.requests} requests`) =>
    `| ${label} | ${kb(pick(br).bytes)} (${note(pick(br))}) | ${kb(pick(gz).bytes)} (${note(pick(gz))}) |`;
  out.push(
    'The build served by nginx with its own dist/_nginx.conf, in Chromium with Accept-Encoding forced to one',
    'encoding per cold browser context. Bytes on the wire: every response’s headers and body as received',
    '(DevTools protocol, HTTP/1.1 over loopback, no TLS). "Repeat" steps follow in the same context.',
    '',
    '| | brotli | gzip |',
    '|---|---:|---:|',
    row(`programme page, first visit (\`${br.programme.path}\`: HTML, CSS, JS, favicon)`, (w) => w.programme),
    `| … of which its HTML | ${kb(br.programme.html)} | ${kb(gz.programme.html)} |`,
    row('first query of a search (zh-hans "工程", from the first keystroke to the results)', (w) => w.firstQuery),
    row(`repeat visit: another programme page (\`${br.repeatOther.path}\`)`, (w) => w.repeatOther),
    row('repeat visit: the same programme page', (w) => w.repeatSame),
    row('repeat search: the same query on the search page again', (w) => w.repeatQuery),
    '',
    'Downloaded again on a repeat visit (sent with a body: not from the cache, not a 304):',
    '',
    `- another programme page: ${downloaded(br.repeatOther)}`,
    `- the same programme page: ${downloaded(br.repeatSame)}`,
    `- the same search again: ${downloaded(br.repeatQuery)}`,
    '',
  );
  return out;
}
