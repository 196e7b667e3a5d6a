import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { serveDist, type StaticSite } from './support/server';
import { notFoundPaths, pagesUnderTest } from './support/pages-under-test';
import { PagePool } from './support/page-pool';

// The site must load fully from the Mainland and from a closed network: no font, script, image,
// analytics or anything else from another origin, on any page. Chromium records every request
// while each page loads and is scrolled to its end (so lazy content loads too); a request to
// another origin is recorded and aborted, never sent.

let site: StaticSite;
let browser: Browser;
let pool: PagePool;

/** Per tab: requests elsewhere since the last navigation, and how many are still in flight. */
const state = new WeakMap<Page, { elsewhere: string[]; inFlight: number }>();

beforeAll(async () => {
  [site, browser] = await Promise.all([serveDist(), launchBrowser()]);
  pool = new PagePool(browser, 4, {}, async (page) => {
    const s = { elsewhere: [] as string[], inFlight: 0 };
    state.set(page, s);
    page.on('request', () => s.inFlight++);
    page.on('requestfinished', () => s.inFlight--);
    page.on('requestfailed', () => s.inFlight--);
    page.on('websocket', (ws) => s.elsewhere.push(`websocket ${ws.url()}`));
    // Routing also turns off the HTTP cache, so every page's own requests are seen afresh.
    await page.route('**/*', (route) => {
      const request = route.request();
      if (new URL(request.url()).origin === site.origin) return route.continue();
      s.elsewhere.push(`${request.resourceType()} ${request.url()}`);
      return route.abort('blockedbyclient');
    });
  });
});
afterAll(async () => {
  await pool?.close();
  await browser?.close();
  await site?.close();
});

/** Waits until no request has been in flight for `quietMs`. */
async function settled(s: { inFlight: number }, quietMs = 100, timeoutMs = 10_000) {
  const start = Date.now();
  let quietSince = start;
  while (Date.now() - start < timeoutMs) {
    if (s.inFlight > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`requests still in flight after ${timeoutMs} ms`);
}

function requestsElsewhere(path: string): Promise<string[]> {
  return pool.use(async (page) => {
    const s = state.get(page)!;
    s.elsewhere = [];
    const response = await page.goto(site.root + path, { waitUntil: 'load' });
    // A sitemap URL that is not built would otherwise pass here as the 404 page.
    const expected = notFoundPaths.includes(path) ? 404 : 200;
    if (response?.status() !== expected) s.elsewhere.push(`status ${response?.status()} for /${path}, expected ${expected}`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled(s);
    // Hints that make the browser reach another host without a request of the page's own.
    const hints = await page.$$eval(
      'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"]',
      (links) => links.map((l) => (l as HTMLLinkElement).href),
    );
    for (const href of hints) if (new URL(href).origin !== site.origin) s.elsewhere.push(`hint ${href}`);
    return s.elsewhere;
  });
}

const paths = pagesUnderTest();

describe('every page loads (200; 404 for an unknown path) with no request to another origin', () => {
  it('has pages to load', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  it.concurrent.each(paths)('/%s', async (path) => {
    expect(await requestsElsewhere(path)).toEqual([]);
  });
});
