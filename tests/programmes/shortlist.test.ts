import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { SHORTLIST_KEY } from '../../src/lib/programme-table/state';
import { axeViolations, useBrowser } from '../support';
import { comparedIds, programme, ready, tablePath, words } from './helpers';

/**
 * The shortlist (issue 14): kept in this browser only, across visits and pages of the site; never
 * in the address and never sent anywhere: no request carries it, and the page says so.
 */
const { site, newPage } = useBrowser();
const t = words('en');

/** Every request the context makes from now on. */
function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SHORTLIST_KEY);
const listed = (page: Page) => page.getByRole('region', { name: /^My shortlist/ }).getByRole('listitem').allInnerTexts();
const star = (page: Page, id: string) => page.getByRole('button', { name: `${t('table.shortlist')} ${programme(id).name.en}` });

describe('the shortlist', () => {
  it('stays on this device across visits and languages, never in the address, and no request carries it', async () => {
    const page = await newPage();
    const context = page.context();
    const requests = recordRequests(context);
    await page.goto(site.origin + tablePath('en'));
    await ready(page);
    await expect(page.getByText(t('table.shortlistPrivacy')).isVisible()).resolves.toBe(true);
    const loaded = requests.length;

    await star(page, 'cybersecurity').click();
    await star(page, 'culinary-arts').click();
    await expect(star(page, 'cybersecurity').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await listed(page)).toEqual(['Cybersecurity', 'Culinary Arts']);
    await page.locator('[data-table-announce]', { hasText: t('table.shortlistAdded', { name: 'Culinary Arts' }) }).waitFor();
    expect(JSON.parse((await stored(page)) ?? '')).toEqual(['cybersecurity', 'culinary-arts']);
    expect(new URL(page.url()).search).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    // Shortlisting asked nothing of the network.
    expect(requests.slice(loaded).map((r) => r.url())).toEqual([]);

    // Another visit, in another language: the same shortlist, in that language.
    await page.goto(site.origin + tablePath('zh-hant'));
    await ready(page);
    await expect(page.getByRole('region', { name: /^我的收藏/ }).getByRole('listitem').allInnerTexts()).resolves.toEqual([
      programme('cybersecurity').name['zh-hant'],
      programme('culinary-arts').name['zh-hant'],
    ]);

    // From the shortlist to a comparison: that one is in the address, to share.
    await page.getByRole('button', { name: words('zh-hant')('table.shortlistCompare') }).click();
    expect(await comparedIds(page)).toEqual(['cybersecurity', 'culinary-arts']);
    expect(new URL(page.url()).search).toBe('?compare=cybersecurity,culinary-arts');

    // No request ever sent the list: not in an address, not in a body, not in a header.
    for (const request of requests) {
      const url = new URL(request.url());
      expect(url.origin, request.url()).toBe(site.origin);
      expect(url.search, request.url()).not.toMatch(/shortlist|culinary-arts.*cybersecurity|cybersecurity.*culinary-arts/);
      expect(request.postData(), request.url()).toBeNull();
      // The page's address goes out as the Referer: it may hold the comparison (shared by design), never the shortlist.
      const { referer, ...headers } = await request.allHeaders();
      expect(JSON.stringify(headers), request.url()).not.toContain('culinary-arts');
      if (referer) expect([...new URL(referer).searchParams.keys()].filter((key) => key !== 'compare'), request.url()).toEqual([]);
    }

    await page.getByRole('button', { name: words('zh-hant')('table.shortlistClear') }).click();
    expect(await stored(page)).toBeNull();
    await expect(page.getByText(words('zh-hant')('table.shortlistEmpty')).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('drops programmes that are no longer on the list, and ignores a stored value it cannot read', async () => {
    const page = await newPage();
    // Stored before the first visit only: the reload below must find what the page left there.
    await page.context().addInitScript(
      ([key]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, JSON.stringify(['maritime-studies', 'no-such-programme'])),
      [SHORTLIST_KEY],
    );
    await page.goto(site.origin + tablePath('en'));
    await ready(page);
    expect(await listed(page)).toEqual(['Maritime Studies']);
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), SHORTLIST_KEY);
    await page.reload();
    await ready(page);
    await expect(page.getByText(t('table.shortlistEmpty')).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('says so when the browser will not keep it', async () => {
    const page = await newPage();
    await page.context().addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('storage is off', 'QuotaExceededError');
      };
    });
    await page.goto(site.origin + tablePath('en'));
    await ready(page);
    await star(page, 'surveying').click();
    await page.locator('[data-table-announce]', { hasText: t('table.shortlistUnavailable') }).waitFor();
    await expect(star(page, 'surveying').getAttribute('aria-pressed')).resolves.toBe('false');
    await page.context().close();
  });

  it('shows a change made in another tab', async () => {
    const first = await newPage();
    const context = first.context();
    await first.goto(site.origin + tablePath('en'));
    await ready(first);
    const second = await context.newPage();
    await second.goto(site.origin + tablePath('en'));
    await ready(second);
    await star(second, 'surveying').click();
    await expect.poll(() => listed(first)).toEqual(['Surveying']);
    await context.close();
  });
});
