/**
 * Age. ImmD: "Aged 18 or above on the day the VPAS application is submitted." Age is a question of
 * the day, not of the student: someone who turns 18 after graduating may still apply, from their
 * 18th birthday on, as long as that day comes before the last day to apply.
 */
import { birthdayAtAge, compareDates, type CalendarDate } from './dates';
import type { CategoryRanges } from './windows';

export const MINIMUM_AGE = 18;

/** The two ways in, as the assessment names them. */
export type Category = 'category-a' | 'category-b';

export interface EarliestDay {
  readonly day: CalendarDate;
  /** the window the day falls in: the way in open to the student on that day */
  readonly category: Category;
}

/** The day someone born on `dateOfBirth` turns 18 (born 29 February: 1 March in a common year). */
export function eighteenthBirthday(dateOfBirth: CalendarDate): CalendarDate {
  return birthdayAtAge(dateOfBirth, MINIMUM_AGE);
}

/** Whether someone born on `dateOfBirth` is 18 or above on `day`: on the 18th birthday itself, they are. */
export function isAdultOn(dateOfBirth: CalendarDate, day: CalendarDate): boolean {
  return compareDates(day, eighteenthBirthday(dateOfBirth)) >= 0;
}

/**
 * The first day the student may apply, as far as age and the windows decide, and the category that
 * day falls in: the date of graduation (Category A's first day), or the 18th birthday when that is
 * later and still inside a window. Null when the 18th birthday comes after Category B's last day
 * (ImmD: "no later than 12 months after the date of graduation"): then no day is both.
 */
export function earliestApplication(dateOfBirth: CalendarDate, ranges: CategoryRanges): EarliestDay | null {
  const birthday = eighteenthBirthday(dateOfBirth);
  const { categoryA, categoryB } = ranges;
  if (compareDates(birthday, categoryA.from) <= 0) return { day: categoryA.from, category: 'category-a' };
  if (compareDates(birthday, categoryA.to) <= 0) return { day: birthday, category: 'category-a' };
  if (compareDates(birthday, categoryB.to) <= 0) return { day: birthday, category: 'category-b' };
  return null;
}
