/**
 * A student's own dates after an eligible result: the application windows as they stand for them,
 * and the usual path after arrival (the extensions and seven years of residence). Pure, like the
 * rest of this module: the result's timeline and its calendar file both read these, so a date is
 * counted once, here, and every entry names the rule it comes from.
 *
 * Source: shared/facts/vpas.md, "The two ways in" and "After arrival", quoted next to each rule.
 */
import type { Category } from './age';
import { addDays, addMonthsClamped, birthdayAtAge, compareDates, type CalendarDate } from './dates';
import type { CategoryRanges } from './windows';

/**
 * The usual ladder of grants, in months, when each is given in full. ImmD: Category A is "normally
 * granted 12 months' stay"; Category B "24 months on employment condition, or the contract's length
 * if shorter"; each extension 24 months, and "after 48 months in a row on employment condition ...
 * 36 months. Each grant is capped by the contract's length. So the usual ladder is A: 12, 24, 24,
 * 36 months; B: 24, 24, 36."
 */
export const STAY_LADDERS = {
  'category-a': [12, 24, 24, 36],
  'category-b': [24, 24, 36],
} as const satisfies Record<Category, readonly number[]>;

/** ImmD: "Extensions: apply in the 4 weeks before the stay expires." */
export const EXTENSION_LEAD_DAYS = 28;

/**
 * ImmD and Brochure: "after ordinarily residing in Hong Kong for a continuous period of at least
 * seven years ... one may apply for the right of abode. Whether the study years count is NOT
 * KNOWN": the site counts from the first VPAS stay only, and says it does not know about the rest.
 */
export const RESIDENCE_YEARS = 7;

/**
 * Why each date is what it is: the rule a timeline entry cites. The words (and the source link)
 * for each are in the i18n dictionaries.
 */
export const PLAN_RULES = ['category-a-window', 'category-b-window', 'twelve-months', 'extension', 'seven-years'] as const;
export type PlanRule = (typeof PLAN_RULES)[number];

/** One grant of stay on the usual path, and when its extension would fall due. */
export interface Grant {
  readonly months: number;
  readonly from: CalendarDate;
  /** The day the stay expires: `months` after `from`, clamped to the month's end. */
  readonly expires: CalendarDate;
  /** The first day of "the 4 weeks before the stay expires"; null for the last grant of the ladder. */
  readonly extensionFrom: CalendarDate | null;
}

export interface StudentPlan {
  /** Category A's last day, or null when the student is still under 18 when it ends. */
  readonly categoryALast: CalendarDate | null;
  /** Category B's window from the first day the student is 18 on. */
  readonly categoryB: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** ImmD: "no later than 12 months after the date of graduation". */
  readonly lastDay: CalendarDate;
  /** The day the usual path counts from: the application day. */
  readonly start: CalendarDate;
  readonly grants: readonly Grant[];
  /** Seven years after `start`, reached like an age: from a 29 February, on 1 March in a common year. */
  readonly sevenYears: CalendarDate;
}

export interface PlanInput {
  readonly ranges: CategoryRanges;
  /** The first day the student may apply (`earliestApplication`): no window opens before it for them. */
  readonly earliest: CalendarDate;
  /** The application day the result is for: the usual path counts from it. */
  readonly applicationDate: CalendarDate;
  /** The way in the result found open on that day. */
  readonly category: Category;
  /** Category B's contract, in months: the first grant is no longer than it (null for Category A). */
  readonly contractMonths: number | null;
}

/**
 * The student's dates. The path after arrival is the usual one, with each grant in full (the first
 * of Category B capped by the contract given): it counts from the application day as if the stay
 * began that day, though it begins only when granted (ImmD: processing "normally takes four weeks"),
 * so the real dates come later, and the dates ImmD grants are what count. The result says so.
 */
export function studentPlan({ ranges, earliest, applicationDate, category, contractMonths }: PlanInput): StudentPlan {
  const { categoryA, categoryB } = ranges;
  const later = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) >= 0 ? a : b);
  const ladder: number[] = [...STAY_LADDERS[category]];
  // ImmD, Category B: "24 months on employment condition, or the contract's length if shorter".
  if (category === 'category-b' && contractMonths !== null && ladder[0] !== undefined) ladder[0] = Math.min(ladder[0], contractMonths);
  return {
    categoryALast: compareDates(earliest, categoryA.to) <= 0 ? categoryA.to : null,
    categoryB: { from: later(earliest, categoryB.from), to: categoryB.to },
    lastDay: categoryB.to,
    start: applicationDate,
    grants: usualGrants(applicationDate, ladder),
    sevenYears: birthdayAtAge(applicationDate, RESIDENCE_YEARS),
  };
}

/**
 * Each grant starting the day the one before expires, and its extension due in the 4 weeks before it
 * expires. Months are counted from the first day of all, not grant by grant, so a stay that began
 * on 31 August keeps expiring on month ends (31 Aug + 12 = 31 Aug; + 36 = 31 Aug), instead of
 * drifting to the 28th after one February.
 */
export function usualGrants(start: CalendarDate, ladder: readonly number[]): Grant[] {
  let elapsed = 0;
  return ladder.map((months, index) => {
    const from = addMonthsClamped(start, elapsed);
    elapsed += months;
    const expires = addMonthsClamped(start, elapsed);
    const last = index === ladder.length - 1;
    return { months, from, expires, extensionFrom: last ? null : addDays(expires, -EXTENSION_LEAD_DAYS) };
  });
}
