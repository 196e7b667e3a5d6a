/**
 * The VPAS eligibility checker's rules: pure functions of the answers, with no DOM, no clock (the
 * application date is an answer) and no dependencies. The island collects the answers, calls
 * `assessEligibility`, and renders the result with words from the i18n dictionaries.
 *
 * Sources: shared/facts/vpas.md, quoted next to each rule in rules.ts.
 */
import { RULE_IDS, type Answers, type Assessment, type Catalogue } from './contract';
import { isWithin } from './dates';
import { RULES } from './rules';
import { validateAnswers } from './validate';
import { formatRange, rangesAfterGraduation } from './windows';

export { RULE_IDS } from './contract';
export type { Answers, Assessment, Catalogue, JobOffer, RuleId, Window, Windows } from './contract';
export { ELIGIBLE_INTAKES, EXCLUDED_NATIONALITIES } from './rules';
export { categoryAWindow, categoryBWindow } from './windows';
export { latestGraduationDate } from './intake';
export { todayInHongKong } from './today';

/**
 * Assesses one applicant against every rule.
 *
 * - 'invalid' when any answer is malformed, with every error found and nothing else evaluated;
 * - otherwise the windows, and every failing rule in `RULE_IDS` order ('not-eligible');
 * - with no failure, 'category-a' when the application date is in Category A's window, else
 *   'category-b' (the `window` rule has then placed it in B's).
 *
 * Never throws, whatever it is given: the answers may come from a URL or a stale saved form.
 */
export function assessEligibility(answers: Answers, catalogue: Catalogue): Assessment {
  const validation = validateAnswers(answers);
  if (!validation.ok) return { outcome: 'invalid', errors: validation.errors };

  const checked = validation.answers;
  const ranges = rangesAfterGraduation(checked.graduationDate);
  const windows = { categoryA: formatRange(ranges.categoryA), categoryB: formatRange(ranges.categoryB) };
  const input = { answers: checked, catalogue, ranges };
  const failed = RULE_IDS.filter((id) => !RULES[id](input));

  if (failed.length > 0) return { outcome: 'not-eligible', failed, windows };
  const inCategoryA = isWithin(checked.applicationDate, ranges.categoryA.from, ranges.categoryA.to);
  return { outcome: inCategoryA ? 'category-a' : 'category-b', failed: [], windows };
}
