import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser, wcag22aa } from '../support';
import { fieldLabel, firstResult, searchFor, searched, shownResults } from './helpers';

/** The search page in Chromium against the built site: address, results, filter, keyboard, axe. */
const { open } = useBrowser();

const axe = (page: Page) => axeViolations(page, [...wcag22aa, 'best-practice']);

describe('the address', () => {
  it('reads ?q= on arrival, so the header form, a shared link and the back button work', async () => {
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent('软件工程师')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.shown === '软件工程师');
    await expect(page.getByRole('searchbox', { name: fieldLabel['zh-hans'] }).inputValue()).resolves.toBe('软件工程师');
    expect((await shownResults(page))[0]).toEqual({ href: '/zh-hans/programmes/software-engineering/', name: '软件工程' });
    await page.close();
  });

  it('follows the query as the student types, without adding history entries', async () => {
    const page = await open('/en/search/');
    const before = await page.evaluate(() => history.length);
    await searchFor(page, fieldLabel.en, 'cabin crew');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cabin crew');
    await searchFor(page, fieldLabel.en, '');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.close();
  });

  it('submitting the form searches in place instead of reloading', async () => {
    const page = await open('/zh-hant/search/');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('searchbox', { name: fieldLabel['zh-hant'] }).fill('空乘');
    await page.getByRole('search', { name: '按職位搜尋' }).getByRole('button', { name: '搜尋' }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.shown === '空乘');
    await expect(page.evaluate(() => 'sameDocument' in window)).resolves.toBe(true);
    await page.close();
  });
});

describe('a result', () => {
  it('is a link to the page, with the chain job title → programme → sector', async () => {
    const page = await searched(open, 'zh-hans', '程序员');
    const first = firstResult(page);
    await expect(first.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href')).resolves.toBe(
      '/zh-hans/programmes/software-engineering/',
    );
    const chain = first.getByRole('list', { name: '匹配路径' });
    const steps = await chain.locator(':scope > li:not([aria-hidden])').allTextContents();
    expect(steps).toEqual(['职位程式设计师（程序员）', '课程软件工程', '行业创新及科技']);
    await expect(chain.getByRole('link', { name: '创新及科技' }).getAttribute('href')).resolves.toBe(
      '/zh-hans/sectors/innovation-and-technology/',
    );
    await page.close();
  });

  it('marks a sector page as one, and leaves the programme step out of its chain', async () => {
    const page = await open('/en/search/');
    await searchFor(page, fieldLabel.en, 'housing officer');
    const items = page.getByRole('list', { name: 'Results' }).getByRole('listitem').filter({ hasText: 'Sector page' });
    const steps = await items.first().getByRole('list', { name: 'How it matches' }).locator(':scope > li:not([aria-hidden])').allTextContents();
    expect(steps).toEqual(['Job titlesHousing Officer', 'SectorProperty Management']);
    await page.close();
  });
});

describe('the sector filter and the announcement', () => {
  it('offers each sector with its count, and filters the results', async () => {
    const page = await searched(open, 'zh-hans', '工程师');
    const total = (await shownResults(page)).length;
    const status = page.getByRole('status');
    await expect(status.textContent()).resolves.toBe(`找到 ${total} 个结果`);

    const filter = page.getByRole('group', { name: '按行业筛选' });
    const options = await filter.getByRole('radio').evaluateAll((radios) =>
      radios.map((r) => ({ value: (r as HTMLInputElement).value, label: r.parentElement?.textContent ?? '' })),
    );
    expect(options[0]?.label).toBe(`所有行业 (${total})`);
    const counts = options.slice(1).map((o) => Number(/\((\d+)\)$/.exec(o.label)?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);

    await filter.getByRole('radio', { name: /^创新及科技 \(\d+\)$/ }).check();
    const shown = await shownResults(page);
    expect(shown.length).toBe(counts[options.findIndex((o) => o.value === 'innovation-and-technology') - 1]);
    expect(shown.every((r) => /software|cloud|intelligence|cyber|data|games|creative|digital|innovation/.test(r.href))).toBe(true);
    await expect(status.textContent()).resolves.toBe(`找到 ${shown.length} 个结果`);
    expect(new URL(page.url()).searchParams.get('sector')).toBe('innovation-and-technology');
    await page.close();
  });

  it('announces a search that finds nothing, politely, and points to the careers page', async () => {
    const page = await open('/en/search/');
    await searchFor(page, fieldLabel.en, 'astronaut');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^No job title matches/);
    await expect(page.getByRole('status').getAttribute('role')).resolves.toBe('status');
    await expect(page.getByRole('link', { name: 'Browse all job titles' }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('the questions page in the results (issue 12)', () => {
  it.each([
    ['zh-hans', '学费', '常见问题', '学费是多少？', '/zh-hans/faq/#tuition'],
    // A Traditional query finds the zh-Hant question, which the index holds in Simplified.
    ['zh-hant', '學費', '常見問題', '學費是多少？', '/zh-hant/faq/#tuition'],
    ['en', 'IANG', 'Questions and answers', 'How is VPAS different from IANG?', '/en/faq/#vpas-vs-iang'],
  ] as const)('%s: "%s" offers the question, linked to its anchor', async (locale, query, title, question, href) => {
    const page = await searched(open, locale, query);
    const questions = page.getByRole('region', { name: title });
    await expect(questions.getByRole('link', { name: question }).getAttribute('href')).resolves.toBe(href);
    await expect(page.getByRole('status').textContent()).resolves.not.toBe('');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('offers no question for a job title that no question is about', async () => {
    const page = await searched(open, 'zh-hans', '程序员');
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    await expect(page.locator('[data-search-questions]').isHidden()).resolves.toBe(true);
    await page.close();
  });
});

describe('keyboard', () => {
  it('searches, filters and opens a result with the keyboard alone', async () => {
    const page = await open('/en/search/');
    const field = page.getByRole('searchbox', { name: fieldLabel.en });
    await field.focus();
    await page.keyboard.type('engineer');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.shown === 'engineer');
    // Tab past the button to the filter; arrow keys move along the radio group.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe('radio');
    await page.keyboard.press('ArrowRight');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(chosen).not.toBe('');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('sector') === id, chosen);
    // The next Tab leaves the group for the first result's link; Enter follows it.
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(/^\/en\/(programmes|sectors)\//);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('accessibility (axe, WCAG 2.2 AA and best practice)', () => {
  it.each([
    ['/zh-hans/search/', ''],
    ['/zh-hans/search/', '工程师'],
    ['/zh-hant/search/', '空乘'],
    ['/en/search/', 'software engineer'],
    ['/en/search/', 'astronaut'],
    ['/zh-hans/search/', '护士'], // no programme leads there: the answer and its links
    ['/zh-hans/search/', '点心师傅'], // the best fit and a caveat
    ['/en/search/', 'sofware engineer'], // what it searched for instead
  ])('%s with "%s" has no violations', async (path, query) => {
    const page = await open(path);
    const locale = path.split('/')[1] as keyof typeof fieldLabel;
    if (query) await searchFor(page, fieldLabel[locale], query);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it.each(['/zh-hans/careers/', '/zh-hant/careers/', '/en/careers/'])('%s has no violations', async (path) => {
    const page = await open(path);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('says how to search and links to the careers page', async () => {
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent('程序员')}`, { javaScriptEnabled: false });
    await expect(page.getByText('搜索需要 JavaScript').isVisible()).resolves.toBe(true);
    const link = page.getByRole('link', { name: '浏览所有职位' }).first();
    await expect(link.getAttribute('href')).resolves.toBe('/zh-hans/careers/');
    await Promise.all([page.waitForURL('**/zh-hans/careers/'), link.click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('职业：所有职位');
  });
});
