import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser, wcag22aa } from '../support';

/**
 * The accessibility checks can fail: axe as the tests run it (tests/support/axe.ts, in the page,
 * violations only) finds what is broken on one of our pages and names the rule and the element.
 */
const { site, newPage } = useBrowser();

describe('axe, as every browser test runs it', () => {
  it('reports a broken page: each violation with its rule and element, once per element', async () => {
    const page = await newPage();
    await page.goto(`${site.origin}/en/`);
    expect(await axeViolations(page, wcag22aa)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const button = document.createElement('button');
      button.id = 'no-name';
      main.append(button);
      const input = document.createElement('input');
      input.id = 'no-label';
      main.append(input);
    });
    const found = await axeViolations(page, wcag22aa);
    expect(found.map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['button-name', 'label']));
    expect(found.find((line) => line.startsWith('button-name'))).toContain('#no-name');
    expect(found.find((line) => line.startsWith('label'))).toContain('#no-label');
    // The default rule set (no tags) finds them too.
    expect((await axeViolations(page)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
