/**
 * Calendar arithmetic on plain dates: a year, a month and a day, as integers.
 *
 * Why not `Date`: `new Date('2027-08-31')` is midnight UTC, `new Date(2027, 7, 31)` is local
 * midnight, and either one read back in another time zone can land on the neighbouring day. The
 * rules are about calendar days as printed on a certificate or typed into a form, so nothing in
 * this file reads a clock or knows a time zone, and every answer is the same on every machine.
 */

export interface CalendarDate {
  readonly year: number;
  /** 1 = January … 12 = December */
  readonly month: number;
  readonly day: number;
}

/**
 * The years the checker accepts, for dates and for intakes. A date outside them is a typo (nobody
 * applying was born in 1850 or graduates in 3021), and the bound keeps every date this module
 * derives (at most twelve months after graduation) a four-digit 'YYYY-MM-DD' string.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2999;

export type DateError = 'malformed-date' | 'impossible-date' | 'out-of-range-date';

// Exactly 'YYYY-MM-DD' with ASCII digits (no `u` flag, so \d is [0-9]); in JavaScript `$` without
// the `m` flag does not match before a trailing newline.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a 'YYYY-MM-DD' string, or says why it is not a usable date. Never throws. */
export function parseIsoDate(text: unknown): CalendarDate | DateError {
  if (typeof text !== 'string') return 'malformed-date';
  const match = ISO_DATE.exec(text);
  if (match === null) return 'malformed-date';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'impossible-date';
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return 'out-of-range-date';
  return { year, month, day };
}

/**
 * Whether `text` is 'YYYY-MM-DD' naming a day that exists, in any year: the one check of a date's
 * form for the whole site (a date input's value, the build day, a date to write out). Whether the
 * year is one the checker accepts is the rules' question, answered by `parseIsoDate`.
 */
export function isRealIsoDate(text: unknown): text is string {
  const parsed = parseIsoDate(text);
  return typeof parsed !== 'string' || parsed === 'out-of-range-date';
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Gregorian: every fourth year, except centuries, except every fourth century (2000 was, 2100 is not). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Negative if `a` is earlier, zero on the same day, positive if `a` is later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayKey(a) - dayKey(b);
}

// Orders dates like 'YYYYMMDD' read as a number; only the order matters, not the distance.
function dayKey({ year, month, day }: CalendarDate): number {
  return year * 10_000 + month * 100 + day;
}

/** True when `date` lies in the inclusive range `from`..`to`. */
export function isWithin(date: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  return compareDates(date, from) >= 0 && compareDates(date, to) <= 0;
}

/**
 * The same day-of-month `months` later, clamped to that month's last day: 31 August plus six
 * months is 29 February in a leap year. This is the site's reading of "within six months" (see
 * facts/vpas.md, "Date model used by the site").
 */
export function addMonthsClamped(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function nextDay({ year, month, day }: CalendarDate): CalendarDate {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  if (month < 12) return { year, month: month + 1, day: 1 };
  return { year: year + 1, month: 1, day: 1 };
}

/**
 * The day someone born on `dateOfBirth` reaches `age`. Someone born on 29 February reaches it on
 * 1 March in a year without a 29 February: on 28 February they have not yet lived `age` full
 * years, and 1 March is the first day on which they have. (This differs on purpose from
 * `addMonthsClamped`, which clamps back to the 28th: a window that must not overrun its month
 * ends early, while an age that must be complete is reached late.)
 */
export function birthdayAtAge(dateOfBirth: CalendarDate, age: number): CalendarDate {
  const year = dateOfBirth.year + age;
  if (dateOfBirth.day > daysInMonth(year, dateOfBirth.month)) return { year, month: 3, day: 1 };
  return { year, month: dateOfBirth.month, day: dateOfBirth.day };
}

/**
 * The day `days` days after `date` (before it, when negative): "the 4 weeks before the stay
 * expires" is 28 days, however long the months around them. Counted through a day number (days
 * since 1 March of year 0, proleptic Gregorian), so no `Date` and no time zone is involved.
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

// Years counted from March, so the leap day is the last day of its year and the month lengths
// before it are the same in every year (the civil-from-days method of H. Hinnant).
function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const shifted = (month + 9) % 12; // March 0 … February 11
  const dayOfYear = Math.floor((153 * shifted + 2) / 5) + day - 1;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + dayOfYear;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  // The year of 365 days a year gives, then corrected by the leap days before it.
  let y = Math.floor((dayNumber * 400) / 146_097);
  while (toDayNumber({ year: y + 1, month: 3, day: 1 }) <= dayNumber) y += 1;
  while (toDayNumber({ year: y, month: 3, day: 1 }) > dayNumber) y -= 1;
  const dayOfYear = dayNumber - toDayNumber({ year: y, month: 3, day: 1 });
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: month <= 2 ? y + 1 : y, month, day };
}
