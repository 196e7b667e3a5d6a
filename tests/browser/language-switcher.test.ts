import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dictionaries } from '../../src/i18n';
import { useBrowser } from '../support';

/**
 * A student opens a programme page in each locale and follows the language switcher to the same
 * programme in the other two: the URL, <html lang> and the visible name change together.
 */
const names = {
  'zh-hans': { lang: 'zh-Hans', label: '简体中文', heading: '软件工程' },
  'zh-hant': { lang: 'zh-Hant', label: '繁體中文', heading: '軟件工程' },
  en: { lang: 'en', label: 'English', heading: 'Software Engineering' },
} as const;
type Locale = keyof typeof names;
const locales = Object.keys(names) as Locale[];

const { site, newPage } = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await newPage();
});

describe.each(locales)('from the %s programme page', (from) => {
  it.each(locales.filter((to) => to !== from))('the switcher leads to the same page in %s', async (to) => {
    await page.goto(`${site.origin}/${from}/programmes/software-engineering/`);
    expect(await page.getAttribute('html', 'lang')).toBe(names[from].lang);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(names[from].heading);

    const switcher = page.getByRole('navigation', { name: /^(语言|語言|Language)$/ });
    await expect(switcher.getByText(names[from].label).getAttribute('aria-current')).resolves.toBe('true');
    await switcher.getByRole('link', { name: names[to].label }).click();

    await page.waitForURL(`${site.origin}/${to}/programmes/software-engineering/`);
    expect(await page.getAttribute('html', 'lang')).toBe(names[to].lang);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(names[to].heading);
  });
});

describe('the root', () => {
  it('offers the three languages without script', async () => {
    const noScript = await newPage({ javaScriptEnabled: false });
    await noScript.goto(`${site.origin}/`);
    for (const locale of locales) {
      await noScript.getByRole('link', { name: new RegExp(names[locale].label) }).click();
      await noScript.waitForURL(`${site.origin}/${locale}/`);
      await noScript.goBack();
    }
  });

  it.each([
    ['/no-such-page/', ['找不到页面', '找不到頁面', 'Page not found']],
    ['/zh-hans/no-such-page/', ['找不到页面']],
    ['/zh-hant/programmes/no-such-programme/', ['找不到頁面']],
    ['/en/no-such-page/', ['Page not found']],
  ])('answers %s with the 404 page in its language (all three outside the locales)', async (path, titles) => {
    const response = await page.goto(`${site.origin}${path}`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(titles);
  });

  it('sends a reader on a not-found page to the other languages’ home pages', async () => {
    await page.goto(`${site.origin}/en/no-such-page/`);
    const links = page.getByRole('navigation', { name: dictionaries.en['lang.label'] }).getByRole('link');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/zh-hans/', '/zh-hant/']);
  });
});
