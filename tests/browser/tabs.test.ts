import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support';

/**
 * The tabs `newPage()` hands out are reused within a file (tests/support/tabs.ts): a reused tab
 * must be, for all a test can see, the new tab it replaces, and a tab whose state has no reset must
 * never be handed out again. The tests run in order, each taking the tab the one before gave back.
 */
const { site, browser, newPage } = useBrowser();

/** What a test could see of the tab's past, on the site's English home page. */
async function traces(page: Page) {
  await page.goto(`${site.root}en/`);
  return page.evaluate(() => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    history: history.length,
    // Where the pointer of the last test was (a new tab's is at the top left corner).
    hoveredInMain: document.querySelectorAll('main :hover').length,
  }));
}
/** The same, in a tab of a context of its own. */
let asNew: Awaited<ReturnType<typeof traces>>;
beforeAll(async () => {
  const context = await browser().newContext();
  asNew = await traces(await context.newPage());
  await context.close();
});

describe('a tab from newPage()', () => {
  it('is what a new tab is', async () => {
    // Its history: about:blank, then the page.
    expect(asNew).toEqual({ localStorage: 0, sessionStorage: 0, cookie: '', history: 2, hoveredInMain: 0 });
    const page = await newPage();
    expect(await traces(page)).toEqual(asNew);
    await page.close();
  });

  it('given back after a test, is handed out again, with nothing of that test left', async () => {
    const used = await newPage();
    await used.goto(`${site.root}zh-hans/`);
    await used.evaluate(() => {
      localStorage.setItem('left', 'behind');
      sessionStorage.setItem('left', 'behind');
      document.cookie = 'left=behind; path=/';
    });
    let heard = 0;
    used.on('console', () => heard++);
    used.context().on('request', () => heard++);
    await used.goto(`${site.root}en/`);
    await used.locator('main a').first().hover();
    expect(await used.evaluate(() => document.querySelectorAll('main :hover').length)).toBeGreaterThan(0);
    await used.close();

    const page = await newPage();
    expect(page).toBe(used);
    const before = heard;
    expect(await traces(page)).toEqual(asNew);
    await page.evaluate(() => console.log('to no one'));
    // The page's requests and its console message reached no listener of the last test's.
    expect(heard).toBe(before);
    await page.close();
  });

  it('written with setContent, is about:blank with no policy of the site’s', async () => {
    const page = await newPage();
    await page.setContent('<p style="color: rgb(255, 0, 0)">inline style</p>');
    expect(page.url()).toBe('about:blank');
    expect(await page.evaluate(() => history.length)).toBe(1);
    expect(await page.locator('p').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(255, 0, 0)');
    await page.close();
  });

  it('is reused only for the same context options', async () => {
    const plain = await newPage();
    await plain.close();
    const other = await newPage({ locale: 'en-US' });
    expect(other).not.toBe(plain);
    await other.close();
    expect(await newPage()).toBe(plain);
    await plain.close();
  });

  it.each<[string, (page: Page) => Promise<unknown>]>([
    ['a route', (page) => page.route('**/*.js', (route) => route.continue())],
    ['a route on its context', (page) => page.context().route('**/*.js', (route) => route.continue())],
    ['an init script', (page) => page.addInitScript(() => {})],
    ['a binding', (page) => page.exposeFunction('leftBehind', () => 1)],
    ['media emulation', (page) => page.emulateMedia({ media: 'print' })],
    ['another viewport', (page) => page.setViewportSize({ width: 390, height: 844 })],
    ['a permission', (page) => page.context().grantPermissions(['clipboard-read'], { origin: site.origin })],
    ['a second tab', (page) => page.context().newPage()],
    ['a page of another origin', (page) => page.goto('data:text/html,<p>elsewhere</p>')],
    ['a frozen clock', (page) => page.clock.setFixedTime(new Date('2027-01-01'))],
  ])('given back with %s, is closed and never handed out again', async (_, change) => {
    const page = await newPage();
    await page.goto(`${site.root}en/`);
    await change(page);
    await page.close();
    expect(page.isClosed()).toBe(true);
    const next = await newPage();
    expect(next).not.toBe(page);
    expect(await traces(next)).toEqual(asNew);
    await next.close();
  });
});
