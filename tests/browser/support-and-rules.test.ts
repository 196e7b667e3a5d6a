import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagePool, useBrowser } from '../support';
import { rulesSections, supportSections } from '../../src/lib/testing/page-sections';
import { formatDate, locales } from '../../src/i18n';
import { mainHeadings } from './programme-facts';

/**
 * Issue 8 on the built site, in Chromium: the support and rules pages exist in the three locales
 * with their sections, and are found from the home page. (Every programme page's sections, facts
 * and sources are read during the sweep's visit of it: tests/browser/programme-facts.ts, run by
 * tests/sweep.test.ts, which also runs axe on these pages at two widths.)
 */
const { site, browser } = useBrowser();
/** Tabs shared by the page checks. */
let pool: PagePool;
beforeAll(() => {
  pool = new PagePool(browser(), 2);
});
afterAll(() => pool?.close());

describe('the support and rules pages', () => {
  it.each(locales)('%s: company support, linked from the home page, beside the rules', (locale) =>
    pool.use(async (page) => {
      await page.goto(`${site.origin}/${locale}/`);
      await page.locator(`main a[href="/${locale}/support/"]`).first().click();
      expect(new URL(page.url()).pathname).toBe(`/${locale}/support/`);

      const headings = await mainHeadings(page);
      expect(headings.map((h) => h.id).filter((id) => (supportSections as readonly string[]).includes(id))).toEqual([...supportSections]);
      for (const h of headings) expect(h.text, h.id).not.toBe('');
      // Seven forms of company support, dated sources, and the way to the rules.
      await expect(page.locator('section:has(> #offers) li h3').count()).resolves.toBe(7);
      expect(await page.locator('section:has(> #sources)').textContent()).toContain(formatDate('2025-12', locale));
      await expect(page.locator(`main a[href="/${locale}/rules/"]`).count()).resolves.toBeGreaterThan(0);
    }));

  it.each(locales)('%s: the full rules, linked from the home page and the navigation', (locale) =>
    pool.use(async (page) => {
      await page.goto(`${site.origin}/${locale}/`);
      await expect(page.locator(`header nav a[href="/${locale}/rules/"]`).count()).resolves.toBeGreaterThan(0);
      await page.locator(`main a[href="/${locale}/rules/"]`).first().click();
      expect(new URL(page.url()).pathname).toBe(`/${locale}/rules/`);

      const headings = await mainHeadings(page);
      expect(headings.map((h) => h.id).filter((id) => (rulesSections as readonly string[]).includes(id))).toEqual([...rulesSections]);
      for (const h of headings) {
        expect(h.text, h.id).not.toBe('');
        expect(h.labels, h.id).toBe(true);
      }
      // The brochure's seven footnotes, two ladders, the fees, and dated sources.
      await expect(page.locator('section:has(> #fine-print) > ol > li').count()).resolves.toBe(7);
      await expect(page.locator('section:has(> #after-arrival) ol').count()).resolves.toBe(2);
      const fees = (await page.locator('section:has(> #fees)').textContent()) ?? '';
      expect(fees).toMatch(/1,300/);
      expect(fees).toMatch(/600/);
      expect(await page.locator('section:has(> #sources)').textContent()).toContain(formatDate('2025-12', locale));
      expect(await page.locator('section:has(> #while-studying) a[href*="immd.gov.hk"]').count()).toBeGreaterThan(0);
      await expect(page.locator(`main a[href="/${locale}/support/"]`).count()).resolves.toBeGreaterThan(0);
    }));
});
