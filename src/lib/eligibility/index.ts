/**
 * The VPAS eligibility checker's rules: pure functions of the answers, with no DOM, no clock (the
 * application date is an answer) and no dependencies. `assessEligibility` takes answers as they
 * arrive, whatever they are; the checker's flow (src/lib/checker/flow.ts) reads each answer once
 * with the readers of validate.ts and calls `assessChecked`. The words are in the i18n dictionaries.
 *
 * Sources: shared/facts/vpas.md, quoted next to each rule in rules.ts.
 */
import { earliestApplication } from './age';
import { RULE_IDS, type Answers, type Assessment, type IntakesByProgramme } from './contract';
import { formatIsoDate, isWithin } from './dates';
import { RULES, intakeStanding } from './rules';
import { validateAnswers, type CheckedAnswers } from './validate';
import { formatRange, rangesAfterGraduation, type CategoryRanges } from './windows';

export { RULE_IDS } from './contract';
export type { Answers, Assessment, Earliest, IntakesByProgramme, JobOffer, RuleId, Window, Windows } from './contract';
export {
  DECISIVE_READS,
  ELIGIBLE_INTAKES,
  EXCLUDED_NATIONALITIES,
  decisiveFailures,
  intakeStanding,
  type DecisiveRuleId,
  type IntakeStanding,
} from './rules';
export { MINIMUM_AGE, earliestApplication, eighteenthBirthday, isAdultOn, type Category, type EarliestDay } from './age';
export { categoryAWindow, categoryBWindow, formatRange, rangesAfterGraduation, type CategoryRanges, type DateRange } from './windows';
export { latestGraduation, latestGraduationDate, type Intake } from './intake';
export { compareDates, formatIsoDate, isRealIsoDate, isWithin, type CalendarDate } from './dates';
// A student's own dates after an eligible result: the windows, the extensions, seven years.
export { EXTENSION_LEAD_DAYS, PLAN_RULES, RESIDENCE_YEARS, STAY_LADDERS, studentPlan, usualGrants, type Grant, type PlanInput, type PlanRule, type StudentPlan } from './plan';
export { todayInHongKong } from './today';
// Each answer read on its own, then checked as a whole (the checker's flow reads them once), and
// the codes of invalid answers, for the UI's words (one sentence per code): all of validate.ts.
export * from './validate';

/**
 * Assesses one applicant against every rule.
 *
 * - 'invalid' when any answer is malformed, with every error found and nothing else evaluated;
 * - otherwise what `assessChecked` says.
 *
 * Never throws, whatever it is given: the answers may come from a URL or a stale saved form.
 */
export function assessEligibility(answers: Answers, catalogue: IntakesByProgramme): Assessment {
  const validation = validateAnswers(answers);
  if (!validation.ok) return { outcome: 'invalid', errors: validation.errors };
  return assessChecked(validation.answers, catalogue);
}

/**
 * Assesses answers already checked (the checker's flow reads and checks each answer once, and has
 * the windows already: `ranges` saves counting them again).
 *
 * - every failing rule in `RULE_IDS` order ('not-eligible');
 * - with no failure, 'not-yet-known' for an intake after the latest list any source gives;
 * - otherwise 'category-a' when the application date is in Category A's window, else
 *   'category-b' (the `window` rule has then placed it in B's).
 *
 * Each comes with the windows and the earliest day the student may apply (their 18th birthday,
 * when that comes after graduation).
 */
export function assessChecked(
  checked: CheckedAnswers,
  catalogue: IntakesByProgramme,
  ranges: CategoryRanges = rangesAfterGraduation(checked.graduationDate),
): Exclude<Assessment, { outcome: 'invalid' }> {
  const windows = { categoryA: formatRange(ranges.categoryA), categoryB: formatRange(ranges.categoryB) };
  const first = earliestApplication(checked.dateOfBirth, ranges);
  const earliest = first && { date: formatIsoDate(first.day), category: first.category };
  const input = { answers: checked, catalogue, ranges };
  const failed = RULE_IDS.filter((id) => !RULES[id](input));

  // Every rule passed, so the age rule found the student 18 on a day inside the windows: `earliest`
  // exists whenever nothing failed.
  if (failed.length > 0 || earliest === null) return { outcome: 'not-eligible', failed, windows, earliest };
  if (intakeStanding(checked.intake) === 'not-yet-known') return { outcome: 'not-yet-known', failed: [], windows, earliest };
  const inCategoryA = isWithin(checked.applicationDate, ranges.categoryA.from, ranges.categoryA.to);
  return { outcome: inCategoryA ? 'category-a' : 'category-b', failed: [], windows, earliest };
}
