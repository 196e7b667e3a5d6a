import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales, type Locale } from '../src/i18n';
import { contentSecurityPolicy } from '../src/lib/csp';
import { notFoundPaths, PagePool, pagesUnderTest, useBrowser, wcag22aa } from './support';
import { readProgrammes, readSectors } from './support/content';
import { recordVisits, visit, widths, type Visit } from './support/visit';
import { expectProgrammeFacts, readProgrammeFacts, type ProgrammeFacts } from './browser/programme-facts';
import { expectProgrammePrint, expectSectorPrint, printPage, type PrintedPage } from './print/pages';

// Every page of the sitemap (plus the language chooser and the 404 pages for unknown URLs),
// loaded once, as deployed (dist/ with the headers of dist/_headers), and judged on all that one
// visit records (tests/support/visit.ts):
// - it answers 200 (404 for an unknown URL) with the Content-Security-Policy header;
// - it loads fully from a closed network and from the Mainland: no font, script, image, analytics,
//   WebSocket or resource hint to another origin (such a request is recorded and aborted);
// - under that policy: zero violation reports, console errors and script errors;
// - search costs nothing until it is used: no page fetches a search catalogue on load,
//   and no page but the search pages loads the search island's script (tests/search/loading.test.ts
//   types the query that loads them);
// - axe-core, WCAG 2.0, 2.1 and 2.2 A and AA, zero violations at a phone's width and a desktop's;
// - at a phone's width nothing scrolls sideways or leaves the main column's gutters.
// In the same visit, a programme page is read for its sections, facts and sources
// (tests/browser/programme-facts.ts), and programme and sector pages are printed
// (tests/print/pages.ts): each page loads once for all that is asked of it.
// A page another branch adds is covered as soon as it is built and in the sitemap.

const { site, browser } = useBrowser();
const paths = pagesUnderTest();
const isSearchPage = (path: string) => /(^|\/)search\/$/.test(path);
const searchFile = (url: string) => /\/search\/catalogue\.json$/.test(new URL(url).pathname);
const searchScript = (url: string) => /\/_astro\/Search\.[^/]*\.js$/.test(new URL(url).pathname);

const programmes = readProgrammes().sort((a, b) => a.id.localeCompare(b.id));
const sectors = readSectors().sort((a, b) => a.order - b.order);
const programmePath = (locale: Locale, id: string) => `${locale}/programmes/${id}/`;
const sectorPath = (locale: Locale, id: string) => `${locale}/sectors/${id}/`;
const programmeCases = locales.flatMap((locale) => programmes.map((p) => [locale, p.id] as const));
const programmeById = new Map(programmes.map((p) => [p.id, p]));
const sectorCases = locales.flatMap((locale) => sectors.map((s) => [locale, s.id] as const));

/** Tabs at a time: a visit waits (the network going quiet) between bouts of axe, which keep a core busy. */
const tabs = Number(process.env.SWEEP_TABS ?? 3);
let pool: PagePool;
let printDir: string;
beforeAll(() => {
  pool = new PagePool(browser(), tabs, { viewport: widths.phone }, (page) => recordVisits(page, site.origin));
  printDir = mkdtempSync(join(tmpdir(), 'vpas-print-'));
});
afterAll(async () => {
  await pool?.close();
  if (printDir) rmSync(printDir, { recursive: true, force: true });
});

/** A reading's outcome, kept apart so that one failing reading fails only the tests that use it. */
type Outcome<T> = { value: T } | { error: unknown };
const settle = <T>(reading: Promise<T>): Promise<Outcome<T>> => reading.then((value) => ({ value }), (error: unknown) => ({ error }));
const valueOf = <T>(outcome: Outcome<T> | undefined, what: string): T => {
  if (!outcome) throw new Error(`${what}: this page was not read for it`);
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
};

interface PageRecord {
  visit: Visit;
  facts?: Outcome<ProgrammeFacts> | undefined;
  print?: Outcome<PrintedPage> | undefined;
}

/** The pages read for more than the gates, by path: programme pages for their facts and print, sector pages for their print. */
const programmeLocale = new Map(programmeCases.map(([l, id]) => [programmePath(l, id), l]));
const sectorLocale = new Map(sectorCases.map(([l, id]) => [sectorPath(l, id), l]));

/** After the visit, in the same tab: what else this kind of page is read for. */
async function readAfterVisit(page: Page, path: string): Promise<Omit<PageRecord, 'visit'>> {
  const facts = programmeLocale.has(path) ? await settle(readProgrammeFacts(page)) : undefined;
  const printed = programmeLocale.get(path) ?? sectorLocale.get(path);
  const print = printed ? await settle(printPage(page, printed, printDir)) : undefined;
  return { facts, print };
}

const records = new Map<string, Promise<PageRecord>>();
/** The one visit of a page, whichever test asks first; the others read its record. */
function visitOnce(path: string): Promise<PageRecord> {
  let record = records.get(path);
  if (!record) {
    record = pool.use(async (page) => {
      const v = await visit(page, site.root + path, wcag22aa);
      return { visit: v, ...(await readAfterVisit(page, path)) };
    });
    records.set(path, record);
  }
  return record;
}

describe('every page, visited once', () => {
  it('has pages to visit: every built page, most of them not search pages', () => {
    expect(paths.filter((path) => !isSearchPage(path)).length).toBeGreaterThan(140);
  });

  it.concurrent.for(paths)('/%s', async (path, { expect }) => {
    const { visit: v } = await visitOnce(path);
    expect({
      status: v.status,
      csp: v.csp,
      elsewhere: v.elsewhere,
      errors: v.errors,
      searchFilesBeforeSearching: v.requests.filter((url) => searchFile(url) || (!isSearchPage(path) && searchScript(url))),
      axeAtPhoneWidth: v.axe.phone,
      axeAtDesktopWidth: v.axe.desktop,
      outsideGuttersAtPhoneWidth: v.outsideGutters,
    }).toEqual({
      // A sitemap URL that is not built would otherwise pass here as the 404 page.
      status: notFoundPaths.includes(path) ? 404 : 200,
      csp: contentSecurityPolicy('header'),
      elsewhere: [],
      errors: [],
      searchFilesBeforeSearching: [],
      axeAtPhoneWidth: [],
      axeAtDesktopWidth: [],
      outsideGuttersAtPhoneWidth: [],
    });
  });
});

describe('programme pages: sections, facts and sources (issue 8)', () => {
  it('checks all 102 pages, and the sweep visits each of them', () => {
    expect(programmeCases).toHaveLength(102);
    for (const [l, id] of programmeCases) expect(paths).toContain(programmePath(l, id));
  });

  it.concurrent.for(programmeCases)('%s/%s has every section, each fact with its note, and its own sources', async ([l, id], { expect }) => {
    const record = await visitOnce(programmePath(l, id));
    expect(record.visit.status).toBe(200);
    expectProgrammeFacts(expect, l, programmeById.get(id)!, valueOf(record.facts, 'programme facts'));
  });
});

describe('printed pages', () => {
  it('prints every sector page the sweep visits', () => {
    for (const [l, id] of sectorCases) expect(paths).toContain(sectorPath(l, id));
  });

  it.concurrent.for(programmeCases)('/%s/programmes/%s/ prints on exactly one A4 page, with what the reader needs', async ([l, id], { expect }) => {
    const record = await visitOnce(programmePath(l, id));
    expectProgrammePrint(expect, l, id, valueOf(record.print, 'print'));
  });

  it.concurrent.for(sectorCases)('/%s/sectors/%s/ prints on at most two A4 pages, with its programmes and jobs', async ([l, id], { expect }) => {
    const record = await visitOnce(sectorPath(l, id));
    expectSectorPrint(expect, l, id, valueOf(record.print, 'print'));
  });
});
