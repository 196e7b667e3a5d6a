import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support';
import { problemsSoFar, recordVisits } from '../support/visit';

/**
 * The pages work under the Content-Security-Policy as deployed: dist/ served with the headers of
 * dist/_headers, in Chromium. Every page's load (the header, zero violation reports, console and
 * script errors) is judged by tests/sweep.test.ts; here, what pages do once used (a search typed,
 * which fetches the search catalogue), and proof that the policy is enforced at all, so those checks can fail.
 */
const { site, newPage } = useBrowser();

/** Opens a page in a fresh context that records every way a blocked resource shows itself. */
async function open(path: string): Promise<Page> {
  const page = await newPage();
  await recordVisits(page, site.origin);
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return page;
}

describe('under the Content-Security-Policy, served as a header', () => {
  it('the search page, given a job title, shows results with zero violations', async () => {
    const page = await open('/zh-hans/search/');
    const box = page.getByRole('searchbox').first();
    await box.fill('工程师');
    await box.press('Enter');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await problemsSoFar(page)).toEqual([]);
  });
});

describe('the policy is enforced (the checks above and the sweep’s can fail)', () => {
  it('blocks and reports an inline script', async () => {
    const page = await open('/en/');
    await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
    expect((await problemsSoFar(page)).some((p) => /script-src/.test(p))).toBe(true);
  });

  it('blocks an inline style attribute set through markup', async () => {
    const page = await open('/en/');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
    });
    expect(await page.locator('#styled').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
    expect((await problemsSoFar(page)).some((p) => /style-src/.test(p))).toBe(true);
  });

  it('refuses to be framed by another page (frame-ancestors, header only)', async () => {
    const page = await newPage();
    await page.setContent(`<iframe src="${site.origin}/en/"></iframe>`);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const framedTitle = await frame?.evaluate(() => document.title).catch(() => '');
    expect(framedTitle ?? '').not.toContain('VPAS');
  });
});
