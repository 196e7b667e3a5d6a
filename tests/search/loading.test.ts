import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { builtPages } from '../support/pages';
import { serveDist, type StaticSite } from '../support/server';
import { fieldLabel, searchFor } from './helpers';

/**
 * Search costs nothing until it is used: no page requests the search catalogue (or the island's
 * script) on load, and the search page fetches the catalogue only when a query is typed.
 */
const searchAsset = (url: string) => /\/search\/catalogue\.json$/.test(new URL(url).pathname);
const islandScript = (url: string) => /\/_astro\/Search\.[^/]*\.js$/.test(new URL(url).pathname);

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([serveDist(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Loads a page, waits until the network is idle, and returns every URL it requested. */
async function requestsOf(page: Page, path: string): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return urls;
}

describe('before a search is typed', () => {
  const others = builtPages().filter((path) => !/\/search\/$/.test(path) && path.endsWith('/'));

  it('there are pages to check (every built page but the search pages)', () => {
    expect(others.length).toBeGreaterThan(140);
  });

  it('no other page requests the catalogue or the search script', async () => {
    const offenders: string[] = [];
    const queue = [...others];
    // Three tabs at a time; each page until its network has been idle for half a second.
    await Promise.all(
      [1, 2, 3].map(async () => {
        const page = await browser.newPage();
        for (let path = queue.shift(); path; path = queue.shift()) {
          const urls = await requestsOf(page, path);
          if (urls.some((url) => searchAsset(url) || islandScript(url))) offenders.push(path);
          page.removeAllListeners('request');
        }
        await page.close();
      }),
    );
    expect(offenders).toEqual([]);
  }, 240_000);

  it.each(['zh-hans', 'zh-hant', 'en'] as const)('the %s search page loads its script, and its catalogue only for a query', async (locale) => {
    const page = await browser.newPage();
    const urls = await requestsOf(page, `/${locale}/search/`);
    expect(urls.filter(islandScript)).toHaveLength(1);
    expect(urls.filter(searchAsset)).toEqual([]);
    // Typing a query is what loads this locale's catalogue, once; the next query needs nothing.
    await searchFor(page, fieldLabel[locale], '工程师');
    await searchFor(page, fieldLabel[locale], '程序员');
    expect(urls.filter(searchAsset).map((url) => new URL(url).pathname)).toEqual([`/${locale}/search/catalogue.json`]);
    await page.close();
  });
});
