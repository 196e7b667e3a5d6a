/**
 * The two application windows that open on the date of graduation.
 */
import type { Window } from './contract';
import { addMonthsClamped, formatIsoDate, nextDay, parseIsoDate, type CalendarDate } from './dates';

export interface DateRange {
  readonly from: CalendarDate;
  /** inclusive */
  readonly to: CalendarDate;
}

export interface CategoryRanges {
  readonly categoryA: DateRange;
  readonly categoryB: DateRange;
}

/**
 * Both windows for a graduation date. Months are counted with `addMonthsClamped` (the site's date
 * model in facts/vpas.md): graduation on 31 Aug 2027 gives Category A until 29 Feb 2028 and
 * Category B from 1 Mar 2028 until 31 Aug 2028.
 */
export function rangesAfterGraduation(graduation: CalendarDate): CategoryRanges {
  // ImmD, Category A: "applies within 6 months after the date of graduation". The site counts the
  // date of graduation itself as inside the window (day 0 of the six months).
  const lastDayOfA = addMonthsClamped(graduation, 6);
  return {
    categoryA: { from: graduation, to: lastDayOfA },
    // ImmD, Category B: "applies in the 7th to 12th month after the date of graduation", and every
    // applicant "applies no later than 12 months after the date of graduation". B starts the day
    // after A ends, so the two windows neither overlap nor leave a gap.
    categoryB: { from: nextDay(lastDayOfA), to: addMonthsClamped(graduation, 12) },
  };
}

export function formatRange(range: DateRange): Window {
  return { from: formatIsoDate(range.from), to: formatIsoDate(range.to) };
}

/**
 * Category A's window (no job offer needed) for a 'YYYY-MM-DD' graduation date: from that date to
 * the same day-of-month six months later, clamped to the month's last day, both inclusive.
 * Null when `graduationDate` is not a real date.
 */
export function categoryAWindow(graduationDate: string): Window | null {
  const graduation = parseIsoDate(graduationDate);
  return typeof graduation === 'string' ? null : formatRange(rangesAfterGraduation(graduation).categoryA);
}

/**
 * Category B's window (job offer needed) for a 'YYYY-MM-DD' graduation date: from the day after
 * Category A's window ends to the same day-of-month twelve months after graduation, clamped,
 * both inclusive. Null when `graduationDate` is not a real date.
 */
export function categoryBWindow(graduationDate: string): Window | null {
  const graduation = parseIsoDate(graduationDate);
  return typeof graduation === 'string' ? null : formatRange(rangesAfterGraduation(graduation).categoryB);
}
