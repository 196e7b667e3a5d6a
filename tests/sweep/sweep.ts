import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales, type Locale } from '../../src/i18n';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { notFoundPaths, PagePool, pagesUnderTest, useBrowser, wcag22aa } from '../support';
import { readProgrammes, readSectors } from '../support/content';
import { recordVisits, visit, widths, type Visit } from '../support/visit';
import { expectProgrammeFacts, readProgrammeFacts, type ProgrammeFacts } from '../browser/programme-facts';
import { expectProgrammePrint, expectSectorPrint, printPage, type PrintedPage } from '../print/pages';

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
// The pages are shared among three files, one per locale (the pages outside the locales go with
// zh-hans), which Vitest runs side by side: tests/sweep/<locale>.test.ts calls sweep(locale).

const isSearchPage = (path: string) => /(^|\/)search\/$/.test(path);
const searchFile = (url: string) => /\/search\/catalogue\.json$/.test(new URL(url).pathname);
const searchScript = (url: string) => /\/_astro\/Search\.[^/]*\.js$/.test(new URL(url).pathname);

const programmes = readProgrammes().sort((a, b) => a.id.localeCompare(b.id));
const sectors = readSectors().sort((a, b) => a.order - b.order);
const programmeById = new Map(programmes.map((p) => [p.id, p]));
const programmePath = (locale: Locale, id: string) => `${locale}/programmes/${id}/`;
const sectorPath = (locale: Locale, id: string) => `${locale}/sectors/${id}/`;

/** The locale whose sweep file visits a path: its own, or zh-hans for the pages outside the locales. */
export const shareOf = (path: string): Locale => locales.find((l) => path.startsWith(`${l}/`)) ?? 'zh-hans';

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

const isProgramme = (path: string) => /^[a-z-]+\/programmes\/[^/]+\/$/.test(path);
const isSector = (path: string) => /^[a-z-]+\/sectors\/[^/]+\/$/.test(path);

/** After the visit, in the same tab: what else this kind of page is read for. */
async function readAfterVisit(page: Page, path: string, printDir: string): Promise<Omit<PageRecord, 'visit'>> {
  const locale = locales.find((l) => path.startsWith(`${l}/`));
  if (!locale) return {};
  const facts = isProgramme(path) ? await settle(readProgrammeFacts(page)) : undefined;
  const print = isProgramme(path) || isSector(path) ? await settle(printPage(page, locale, printDir)) : undefined;
  return { facts, print };
}

/** The sweep of one locale's pages (`shareOf`), with its programme pages' facts and its prints. */
export function sweep(share: Locale) {
  const { site, browser } = useBrowser();
  const everyPath = pagesUnderTest();
  const paths = everyPath.filter((path) => shareOf(path) === share);
  const programmeCases = programmes.map((p) => [share, p.id] as const);
  const sectorCases = sectors.map((s) => [share, s.id] as const);

  /** Tabs at a time: a visit waits (the network going quiet) between bouts of axe, which keep a core busy. */
  const tabs = Number(process.env.SWEEP_TABS ?? 2);
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

  const records = new Map<string, Promise<PageRecord>>();
  /** The one visit of a page, whichever test asks first; the others read its record. */
  function visitOnce(path: string): Promise<PageRecord> {
    let record = records.get(path);
    if (!record) {
      record = pool.use(async (page) => {
        const v = await visit(page, site.root + path, wcag22aa);
        return { visit: v, ...(await readAfterVisit(page, path, printDir)) };
      });
      records.set(path, record);
    }
    return record;
  }

  describe(`every ${share} page, visited once`, () => {
    it('has pages to visit: this locale\'s built pages, most of them not search pages', () => {
      expect(paths.filter((path) => !isSearchPage(path)).length).toBeGreaterThan(45);
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

  describe(`${share} programme pages: sections, facts and sources (issue 8)`, () => {
    it('checks all 34 programmes, and the sweep visits each page', () => {
      expect(programmeCases).toHaveLength(34);
      for (const [l, id] of programmeCases) expect(paths).toContain(programmePath(l, id));
    });

    it.concurrent.for(programmeCases)('%s/%s has every section, each fact with its note, and its own sources', async ([l, id], { expect }) => {
      const record = await visitOnce(programmePath(l, id));
      expect(record.visit.status).toBe(200);
      expectProgrammeFacts(expect, l, programmeById.get(id)!, valueOf(record.facts, 'programme facts'));
    });
  });

  describe(`${share} pages printed`, () => {
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
}
