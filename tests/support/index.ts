/**
 * The one import for a test that opens the built site in Chromium. `npm test` builds dist/ once;
 * Vitest's global set-up (global-setup.ts) serves it once and starts one Chromium for the whole run.
 * A test file connects to both:
 *
 *   import { describe, expect, it } from 'vitest';
 *   import { axeViolations, useBrowser } from '../support';
 *
 *   const { site, newPage } = useBrowser(); // connects before the file's tests, closes after
 *
 *   it('…', async () => {
 *     const page = await newPage(); // its own context; options as browser.newContext's
 *     await page.goto(`${site.origin}/en/`); // or site.root + 'en/' to follow a base path
 *     expect(await axeViolations(page)).toEqual([]);
 *   });
 *
 * `open(path)` does both steps: a new page already at a path of the built site.
 *
 * Every page in the sitemap is already visited once by tests/sweep.test.ts (status, requests to
 * other origins, CSP reports, console and script errors, axe at 390 and 1280 px), so a new page is
 * covered by building it: a file here tests what a page does, not that it loads cleanly.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { SharedSite } from './shared';

export interface SharedBrowser {
  /** The run's server of dist/. */
  site: SharedSite;
  /** The connection to the run's Chromium, open from the file's `beforeAll` to its `afterAll`. */
  browser: () => Browser;
  /** A page in a context of its own (which axe and `page.context()` options need). */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** A new page (as `newPage`) already at `path` of the built site ('/en/search/?q=…'). */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

export function useBrowser(): SharedBrowser {
  const site = inject('site');
  if (!site) throw new Error('no shared site: this file must run in the `site` project (vitest.config.ts), whose global set-up serves dist/');
  let connection: Browser | undefined;
  beforeAll(async () => {
    connection = await chromium.connect(inject('browserEndpoint'));
  });
  // Closing a connection closes the contexts it opened and leaves the shared Chromium running.
  afterAll(() => connection?.close());
  const browser = () => {
    if (!connection) throw new Error('useBrowser(): the browser is connected in beforeAll; use it inside hooks and tests');
    return connection;
  };
  const newPage = async (options?: BrowserContextOptions) => (await browser().newContext(options)).newPage();
  const open = async (path: string, options?: BrowserContextOptions) => {
    const page = await newPage(options);
    await page.goto(`${site.origin}${path}`);
    return page;
  };
  return { site, browser, newPage, open };
}

export { axeViolations, wcag22aa } from './axe';
export { PagePool } from './page-pool';
export { notFoundPaths, pagesUnderTest } from './pages-under-test';
export { printA4, squash, type PrintedPdf } from './pdf';
export { distDir } from './server';
