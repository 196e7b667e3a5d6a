import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support';
import { fieldLabel, searchFor } from './helpers';

/**
 * Search costs nothing until it is used: the search page fetches its locale's catalogue only when a
 * query is typed, and once. That no other page requests it, or the island's script, on load is
 * checked on every page by tests/sweep.test.ts.
 */
const searchAsset = (url: string) => /\/search\/catalogue\.json$/.test(new URL(url).pathname);
const islandScript = (url: string) => /\/_astro\/Search\.[^/]*\.js$/.test(new URL(url).pathname);

const { site, newPage } = useBrowser();

/** Loads a page, waits until the network is idle, and returns every URL it requested (and goes on recording). */
async function requestsOf(page: Page, path: string): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return urls;
}

describe('before a search is typed', () => {
  it.each(['zh-hans', 'zh-hant', 'en'] as const)('the %s search page loads its script, and its catalogue only for a query', async (locale) => {
    const page = await newPage();
    const urls = await requestsOf(page, `/${locale}/search/`);
    expect(urls.filter(islandScript)).toHaveLength(1);
    expect(urls.filter(searchAsset)).toEqual([]);
    // Typing a query is what loads this locale's catalogue, once; the next query needs nothing.
    await searchFor(page, fieldLabel[locale], '工程师');
    await searchFor(page, fieldLabel[locale], '程序员');
    expect(urls.filter(searchAsset).map((url) => new URL(url).pathname)).toEqual([`/${locale}/search/catalogue.json`]);
  });
});
