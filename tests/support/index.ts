/**
 * The one import for a test that opens the built site in Chromium. `npm test` builds dist/ once;
 * Vitest's global set-up (global-setup.ts) serves it once for the whole run, and each worker drives
 * one Chromium for all the files it runs. A test file uses both:
 *
 *   import { describe, expect, it } from 'vitest';
 *   import { axeViolations, useBrowser } from '../support';
 *
 *   const { site, newPage } = useBrowser(); // Chromium before the file's tests; its contexts closed after
 *
 *   it('…', async () => {
 *     const page = await newPage(); // its own context; options as browser.newContext's
 *     await page.goto(`${site.origin}/en/`); // or site.root + 'en/' to follow a base path
 *     expect(await axeViolations(page)).toEqual([]);
 *     await page.close(); // the tab goes back, reset, for the file's next test (tabs.ts)
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
import { launchOptions } from './browser';
import { TabShelf } from './tabs';

export interface SharedBrowser {
  /** The run's server of dist/. */
  site: SharedSite;
  /** This worker's Chromium, from the file's `beforeAll`; the file's contexts are closed in its `afterAll`. */
  browser: () => Browser;
  /**
   * A page in a context of its own (which axe and `page.context()` options need), as new as a new
   * one but reused within the file: close it when done (tests/support/tabs.ts).
   */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** A new page (as `newPage`) already at `path` of the built site ('/en/search/?q=…'). */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

let launched: Promise<Browser> | undefined;
/**
 * This worker's Chromium, launched by the first file that needs it and kept for the files after it
 * (the site project shares modules between a worker's files): driven over its own pipe, not relayed
 * through a server in Vitest's main process, which cost as much CPU as the tests' own side of it.
 */
function workerChromium(): Promise<Browser> {
  launched ??= chromium.launch(launchOptions);
  return launched;
}

export function useBrowser(): SharedBrowser {
  const site = inject('site');
  if (!site) throw new Error('no shared site: this file must run in the `site` project (vitest.config.ts), whose global set-up serves dist/');
  let connection: Browser | undefined;
  const browser = () => {
    if (!connection) throw new Error('useBrowser(): the browser is connected in beforeAll; use it inside hooks and tests');
    return connection;
  };
  const tabs = new TabShelf(browser, site.root);
  beforeAll(async () => {
    connection = await workerChromium();
  });
  // A worker runs one file at a time: every context open now is this file's.
  afterAll(async () => {
    await tabs.closeAll();
    for (const context of connection?.contexts() ?? []) await context.close();
  });
  const newPage = (options?: BrowserContextOptions) => tabs.take(options);
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
