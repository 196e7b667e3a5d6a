import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support';
import { fieldLabel, firstResult, searchFor, searched, shownResults } from './helpers';
import { nodeSearch } from './node-engine';

/**
 * What the search island says, in Chromium against the built site: the site's best fit with its
 * reason, a route's caveat with its source, a plain answer for a job no programme leads to, what a
 * misspelt word was read as, the nearest sectors when nothing matches; and that the island shows
 * exactly what the query code answers in Node (so the query table measures the island).
 */
type Locale = keyof typeof fieldLabel;
const { site, newPage, open } = useBrowser();
const notice = (page: Page) => page.locator('[data-search-notice]');
const status = (page: Page) => page.getByRole('status');

describe('the island shows what the query code answers', () => {
  // A sample of the kinds of answer, in each locale (the query table runs them all in Node).
  const sample: Record<Locale, string[]> = {
    'zh-hans': ['程序员', '维修', '点心师傅', '护士', '网管', '室内设计'],
    'zh-hant': ['程式設計師', '物業管理', '廚師', '會計師'],
    en: ['software engineer', 'sofware engineer', 'nurse', 'interior designer', 'cabin crew'],
  };
  it.each(Object.keys(sample) as Locale[])('%s: the same results in the same order', async (locale) => {
    const search = nodeSearch(locale);
    const page = await open(`/${locale}/search/`);
    try {
      for (const query of sample[locale]) {
        await searchFor(page, fieldLabel[locale], query);
        const inBrowser = (await shownResults(page)).map((r) => r.href);
        expect(inBrowser, query).toEqual(search(query).hits.map((h) => h.page.url));
      }
    } finally {
      await page.close();
    }
  });
});

describe('the site’s best fit and the caveats', () => {
  it('marks the best fit for the matched title as the site’s suggestion, with its reason', async () => {
    const page = await searched(open, 'zh-hans', '程序员');
    const first = firstResult(page);
    await expect(first.getByText('本站建议：最适合“程式设计师”').count()).resolves.toBe(1);
    await expect(first.textContent()).resolves.toContain('编写程序是软件工程的基本功');
    await page.close();
  });

  it.each([
    ['zh-hans', '点心师傅', /粤语授课/, 'https://ido.vtc.edu.hk/en/programme_detail/HT114360'],
    ['en', 'interior designer', /Architectural Design and the Higher Diploma in Landscape Architecture/, 'https://miao.vtc.edu.hk/nls-admission/programme/higher-diploma/de110512'],
    ['zh-hant', '室內設計', /只有建築設計.*和園境建築/, 'https://miao.vtc.edu.hk/nls-admission/programme/higher-diploma/de110512'],
  ] as const)('%s "%s": the caveat beside the route, citing its source', async (locale, query, text, source) => {
    const page = await searched(open, locale, query);
    const first = page.getByRole('list', { name: /^(Results|搜索结果|搜尋結果)$/ }).getByRole('listitem').first();
    await expect(first.textContent()).resolves.toMatch(text);
    await expect(first.getByRole('link', { name: /^(Source|来源|來源)$/ }).getAttribute('href')).resolves.toBe(source);
    await page.close();
  });
});

describe('honest answers', () => {
  it.each([
    ['zh-hans', '老师', '按本站的理解，没有 VPAS 课程通往“教师”这份工作。', undefined],
    ['zh-hant', '護士', '按本站的理解，沒有 VPAS 課程通往「護士」這份工作。', '健康護理'],
    ['en', 'police officer', 'As this site reads the list, no VPAS programme leads to the job of “Police officer”.', undefined],
  ] as const)('%s "%s": says no programme leads there, lists nothing, offers the careers list and the checker', async (locale, query, said, nearest) => {
    const page = await searched(open, locale, query);
    await expect(status(page).textContent()).resolves.toBe(said);
    expect(await shownResults(page)).toEqual([]);
    await expect(notice(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(
      expect.arrayContaining([`/${locale}/careers/`, `/${locale}/eligibility/`]),
    );
    if (nearest) await expect(notice(page).getByRole('link', { name: nearest }).count()).resolves.toBe(1);
    await page.close();
  });

  it('says what it searched for instead of a misspelt word', async () => {
    const page = await searched(open, 'en', 'sofware enginer');
    await expect(notice(page).textContent()).resolves.toBe('Nothing matches “sofware enginer”. These are the results for “software engineer”.');
    expect((await shownResults(page))[0]?.href).toBe('/en/programmes/software-engineering/');
    await page.close();
  });

  it('when nothing matches, says so and offers the nearest sectors or the careers list', async () => {
    const page = await searched(open, 'en', 'astronaut');
    await expect(status(page).textContent()).resolves.toBe('No job title matches “astronaut”.');
    await expect(notice(page).getByRole('link', { name: 'Browse all job titles' }).getAttribute('href')).resolves.toBe('/en/careers/');
    await page.close();
  });
});

describe('the search boxes’ examples fit where the boxes show', () => {
  // A phone (390 px) has the home page's box and the search page's own; the header's box shows from
  // 768 px up (below that the header links to the search page).
  it.each(['zh-hans', 'zh-hant', 'en'] as const)('%s: the home, search and header boxes show their whole placeholder', async (locale) => {
    const boxes = [
      [`/${locale}/`, '#home-search', 390],
      [`/${locale}/search/`, '#search-query', 390],
      [`/${locale}/careers/`, '#site-search', 768],
    ] as const;
    for (const [path, box, width] of boxes) {
      const page = await newPage({ viewport: { width, height: 844 } });
      await page.goto(`${site.origin}${path}`);
      // The placeholder's width in the box's own font, against the room inside its padding.
      const { text, room } = await page.locator(box).evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room: inner };
      });
      expect(room, `${path} ${box} is shown at ${width} px`).toBeGreaterThan(0);
      expect(text, `${path} ${box} at ${width} px`).toBeLessThanOrEqual(room);
      await page.close();
    }
  });
});
