import type { Page } from 'playwright-core';

/**
 * Types a query into the search page's own field (found by its label) and waits until the island
 * shows the results for it (the root's data-shown names the query its list is for).
 */
export async function searchFor(page: Page, label: RegExp, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: label }).fill(query);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.shown === q,
    query.trim(),
    { timeout: 15_000 },
  );
}

/** The list of results, in any locale. */
const resultList = (page: Page) => page.getByRole('list', { name: /^(Results|搜索结果|搜尋結果)$/ });

/** The best result shown, to read what it says. */
export const firstResult = (page: Page) => resultList(page).getByRole('listitem').first();

/** The results shown, best first: each result's page address and name. */
export async function shownResults(page: Page): Promise<{ href: string; name: string }[]> {
  return resultList(page).locator(':scope > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('h2 a');
      return { href: link?.getAttribute('href') ?? '', name: link?.textContent?.trim() ?? '' };
    }),
  );
}

/** The label of the search page's field in each locale. */
export const fieldLabel = {
  'zh-hans': /^职位名称$/,
  'zh-hant': /^職位名稱$/,
  en: /^Job title$/,
} as const;

/** A new search page in `locale` (opened by `useBrowser().open`) showing the results for `query`. */
export async function searched(open: (path: string) => Promise<Page>, locale: keyof typeof fieldLabel, query: string): Promise<Page> {
  const page = await open(`/${locale}/search/`);
  await searchFor(page, fieldLabel[locale], query);
  return page;
}
