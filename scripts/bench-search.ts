/**
 * What a first search costs: the compressed bytes each locale's search page downloads for its
 * first query, measured in Chromium against the built site (run `npm run build` first).
 *
 *   npx node --experimental-strip-types scripts/bench-search.ts
 *
 * Every response after the page has loaded and gone idle counts, at its gzip size (level 9, as a
 * static host that pre-compresses would send it). Budget: 100 KB (100 000 bytes) per first query.
 * Exits 1 over budget. `npm run bench` measures the same at 10x the catalogue, and the timings.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

const budget = 100_000;
const runs = [
  { locale: 'zh-hans', label: '职位名称', queries: ['软件工程师', '工程师'] },
  { locale: 'zh-hant', label: '職位名稱', queries: ['軟件工程師', '工程師'] },
  { locale: 'en', label: 'Job title', queries: ['software engineer', 'engineer'] },
] as const;

interface Download {
  path: string;
  bytes: number;
}

const compressed = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 9 }).length);

/** Loads the search page fresh, then types one query and records what it downloads. */
async function firstQuery(page: Page, origin: string, locale: string, label: string, query: string) {
  const pageLoad: Download[] = [];
  const downloads: Download[] = [];
  let phase = pageLoad;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const into = phase;
    pending.push(
      response
        .body()
        .then((body) => void into.push({ path: new URL(response.url()).pathname, bytes: compressed(body) }))
        .catch(() => undefined),
    );
  });
  await page.goto(`${origin}/${locale}/search/`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  phase = downloads;
  await page.getByRole('searchbox', { name: label, exact: true }).fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.shown === q, query);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const results = await page.locator('[data-search-results] > li').count();
  return { pageLoad, downloads, results };
}

const sum = (list: readonly Download[]) => list.reduce((n, d) => n + d.bytes, 0);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const site = await serveDist();
const browser = await launchBrowser();
let over = false;
try {
  for (const { locale, label, queries } of runs) {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const { pageLoad, downloads, results } = await firstQuery(page, site.origin, locale, label, query);
      const total = sum(downloads);
      over ||= total > budget;
      console.log(`\n/${locale}/search/  first query "${query}" (${results} results): ${kb(total)} compressed${total > budget ? '  OVER BUDGET' : ''}`);
      for (const d of downloads.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(d.bytes).padStart(9)}  ${d.path}`);
      console.log(`  (the page itself, before the query: ${kb(sum(pageLoad))} in ${pageLoad.length} files)`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`\nBudget ${kb(budget)} per first query: ${over ? 'EXCEEDED' : 'met'}.`);
process.exitCode = over ? 1 : 0;
