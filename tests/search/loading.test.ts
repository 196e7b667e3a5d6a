import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support';
import { fieldLabel, searchFor } from './helpers';

/**
 * Search costs nothing until it is used: the search page fetches Pagefind (and the search
 * catalogue) only when a query is typed. That no other page requests them, or the island's
 * script, on load is checked on every page by tests/sweep.test.ts.
 */
const searchAsset = (url: string) => /\/pagefind\/|\/search\/catalogue\.json$/.test(new URL(url).pathname);
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
  it.each(['zh-hans', 'zh-hant', 'en'] as const)('the %s search page loads its script but no Pagefind file', async (locale) => {
    const page = await newPage();
    const urls = await requestsOf(page, `/${locale}/search/`);
    expect(urls.filter(islandScript)).toHaveLength(1);
    expect(urls.filter(searchAsset)).toEqual([]);
    // Typing a query is what loads Pagefind, its index for this language and the catalogue.
    await searchFor(page, fieldLabel[locale], '工程师');
    const paths = urls.filter(searchAsset).map((url) => new URL(url).pathname);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths).toContain(`/${locale}/search/catalogue.json`);
    expect(paths.some((p) => p.startsWith(`/pagefind/index/${locale}_`))).toBe(true);
    expect(paths.filter((p) => p.includes('/fragment/'))).toEqual([]); // the catalogue names each result
  });
});
