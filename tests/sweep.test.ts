import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/lib/csp';
import { notFoundPaths, PagePool, pagesUnderTest, useBrowser, wcag22aa } from './support';
import { recordVisits, visit, widths } from './support/visit';

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
// A page another branch adds is covered as soon as it is built and in the sitemap.

const { site, browser } = useBrowser();
const paths = pagesUnderTest();
const isSearchPage = (path: string) => /(^|\/)search\/$/.test(path);
const searchFile = (url: string) => /\/search\/catalogue\.json$/.test(new URL(url).pathname);
const searchScript = (url: string) => /\/_astro\/Search\.[^/]*\.js$/.test(new URL(url).pathname);

/** Tabs at a time: a visit waits (the network going quiet) between bouts of axe, which keep a core busy. */
const tabs = Number(process.env.SWEEP_TABS ?? 3);
let pool: PagePool;
beforeAll(() => {
  pool = new PagePool(browser(), tabs, { viewport: widths.phone }, (page) => recordVisits(page, site.origin));
});
afterAll(() => pool?.close());

describe('every page, visited once', () => {
  it('has pages to visit: every built page, most of them not search pages', () => {
    expect(paths.filter((path) => !isSearchPage(path)).length).toBeGreaterThan(140);
  });

  it.concurrent.for(paths)('/%s', async (path, { expect }) => {
    const v = await pool.use((page) => visit(page, site.root + path, wcag22aa));
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
