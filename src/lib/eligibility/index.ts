/**
 * The VPAS eligibility checker's rules: pure functions of the answers, with no DOM, no clock (the
 * application date is an answer) and no dependencies. `assessEligibility` takes answers as they
 * arrive, whatever they are; the checker's flow (src/lib/checker/flow.ts) reads each answer once
 * with the readers of validate.ts and calls `assessChecked`. The words are in the i18n dictionaries.
 *
 * Sources: shared/facts/vpas.md, quoted next to each rule in rules.ts.
 */
import { RULE_IDS, type Answers, type Assessment, type IntakesByProgramme } from './contract';
import { isWithin } from './dates';
import { RULES } from './rules';
import { validateAnswers, type CheckedAnswers } from './validate';
import { formatRange, rangesAfterGraduation, type CategoryRanges } from './windows';

export { RULE_IDS } from './contract';
export type { Answers, Assessment, IntakesByProgramme, JobOffer, RuleId, Window, Windows } from './contract';
export { ELIGIBLE_INTAKES, EXCLUDED_NATIONALITIES } from './rules';
export { categoryAWindow, categoryBWindow, formatRange, rangesAfterGraduation, type CategoryRanges, type DateRange } from './windows';
export { latestGraduation, latestGraduationDate, type Intake } from './intake';
export { formatIsoDate, isRealIsoDate, isWithin, type CalendarDate } from './dates';
export { todayInHongKong } from './today';
// The codes of invalid answers, for the UI's words (one sentence per code).
export { ERROR_CODES, type ErrorCode } from './validate';
// Each answer read on its own, then checked as a whole: the checker's flow reads them once.
export {
  checkReadings,
  readDate,
  readFlag,
  readIntake,
  readJobOffer,
  readNationality,
  readProgrammeId,
  type CheckedAnswers,
  type Reading,
  type Readings,
} from './validate';

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
 * - the windows, and every failing rule in `RULE_IDS` order ('not-eligible');
 * - with no failure, 'category-a' when the application date is in Category A's window, else
 *   'category-b' (the `window` rule has then placed it in B's).
 */
export function assessChecked(
  checked: CheckedAnswers,
  catalogue: IntakesByProgramme,
  ranges: CategoryRanges = rangesAfterGraduation(checked.graduationDate),
): Exclude<Assessment, { outcome: 'invalid' }> {
  const windows = { categoryA: formatRange(ranges.categoryA), categoryB: formatRange(ranges.categoryB) };
  const input = { answers: checked, catalogue, ranges };
  const failed = RULE_IDS.filter((id) => !RULES[id](input));

  if (failed.length > 0) return { outcome: 'not-eligible', failed, windows };
  const inCategoryA = isWithin(checked.applicationDate, ranges.categoryA.from, ranges.categoryA.to);
  return { outcome: inCategoryA ? 'category-a' : 'category-b', failed: [], windows };
}
