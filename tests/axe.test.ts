import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { launchBrowser } from './support/browser';
import { serveDist, type StaticSite } from './support/server';
import { pagesUnderTest } from './support/pages-under-test';
import { PagePool } from './support/page-pool';

// axe-core on every page of the sitemap (plus the language chooser and the 404 page), at a phone's
// width and a desktop's, against WCAG 2.0, 2.1 and 2.2 A and AA: zero violations. Layout changes
// with width (the header wraps, grids collapse), and so can contrast, target size and reflow.

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

let site: StaticSite;
let browser: Browser;
const pools = new Map<string, PagePool>();

beforeAll(async () => {
  [site, browser] = await Promise.all([serveDist(), launchBrowser()]);
  for (const { name, viewport } of widths) pools.set(name, new PagePool(browser, 2, { viewport }));
});
afterAll(async () => {
  for (const pool of pools.values()) await pool.close();
  await browser?.close();
  await site?.close();
});

/** One line per violation and element, enough to find and fix it without rerunning. */
const describeViolation = (v: Result) =>
  v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`);

const paths = pagesUnderTest();

describe.each(widths)('axe, WCAG 2.2 AA, $name width', ({ name }) => {
  it('has pages to check', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  it.concurrent.each(paths)('/%s', async (path) => {
    const violations = await pools.get(name)!.use(async (page) => {
      await page.goto(site.root + path, { waitUntil: 'load' });
      // Legacy mode runs axe in the page in one go; the default opens a blank tab per run to merge
      // results across frames, three times slower, and our pages have no frames. Only violations
      // come back with their elements (options() replaces the options, so it goes before withTags).
      const results = await new AxeBuilder({ page })
        .options({ resultTypes: ['violations'] })
        .withTags(wcag22aa)
        .setLegacyMode(true)
        .analyze();
      return results.violations.flatMap(describeViolation);
    });
    expect(violations).toEqual([]);
  });
});
