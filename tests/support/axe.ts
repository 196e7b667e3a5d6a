import axe, { type Result, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the site's accessibility bar. */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation and element, enough to find and fix it without rerunning. */
const describeViolation = (v: Result) =>
  v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`);

/**
 * axe-core on the page as it is now; expect `[]`. `tags` picks the rules (axe's own default, every
 * rule but the experimental ones, when left out). axe runs in the page on the whole document (our
 * pages have no frames), and only the violations come back: the full results (every rule, with an
 * example of each pass) would cross from Chromium to the test once per run for nothing.
 */
export async function axeViolations(page: Page, tags?: string[]): Promise<string[]> {
  // axe-core's 500 KB source, once per document: a page checked at two widths, or in several
  // states, needs it once.
  if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(axe.source);
  const options: RunOptions = { resultTypes: ['violations'], ...(tags ? { runOnly: { type: 'tag', values: tags } } : {}) };
  const violations = await page.evaluate(
    async (options) => (await (window as unknown as { axe: typeof axe }).axe.run(document, options)).violations,
    options,
  );
  return violations.flatMap(describeViolation);
}
