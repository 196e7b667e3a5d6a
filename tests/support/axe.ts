import { AxeBuilder } from '@axe-core/playwright';
import axe, { type Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the site's accessibility bar. */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation and element, enough to find and fix it without rerunning. */
const describeViolation = (v: Result) =>
  v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`);

/**
 * axe-core on the page as it is now; expect `[]`. `tags` picks the rules (axe's own default, every
 * rule but the experimental ones, when left out). Legacy mode runs axe in the page in one go; the
 * default opens a blank tab per run to merge results across frames, three times slower, and our
 * pages have no frames. Only violations come back with their elements (options() replaces the
 * options, so it goes before withTags).
 */
export async function axeViolations(page: Page, tags?: string[]): Promise<string[]> {
  // AxeBuilder evaluates axe-core's 500 KB source twice per run; a page checked at two widths, or
  // in several states, needs it once. The same axe-core (the one @axe-core/playwright imports).
  if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(axe.source);
  const builder = new AxeBuilder({ page, axeSource: ';' }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  const { violations } = await (tags ? builder.withTags(tags) : builder).analyze();
  return violations.flatMap(describeViolation);
}
