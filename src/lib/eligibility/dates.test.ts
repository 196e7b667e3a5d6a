import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  birthdayAtAge,
  compareDates,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isRealIsoDate,
  isWithin,
  nextDay,
  parseIsoDate,
  type CalendarDate,
} from './dates';
import { examples } from '../testing/examples';
import { date } from './testing/fixtures';

/** A day-and-number function as the tables write it: 'YYYY-MM-DD' in, 'YYYY-MM-DD' out. */
const onIsoDates = (fn: (day: CalendarDate, n: number) => CalendarDate) => (day: string, n: number) => formatIsoDate(fn(date(day), n));

describe('parseIsoDate', () => {
  examples('reads %s', parseIsoDate, [
    ['2027-08-31', { year: 2027, month: 8, day: 31 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1900-01-01', { year: 1900, month: 1, day: 1 }],
    ['2999-12-31', { year: 2999, month: 12, day: 31 }],
  ]);

  examples('rejects %j as %s', parseIsoDate, [
    ['2027-2-3', 'malformed-date'],
    ['27-02-03', 'malformed-date'],
    ['2027/02/03', 'malformed-date'],
    ['2027-02-03T00:00', 'malformed-date'],
    [' 2027-02-03', 'malformed-date'],
    ['2027-02-03\n', 'malformed-date'],
    ['２０２７-02-03', 'malformed-date'], // full-width digits
    ['', 'malformed-date'],
    [20270203, 'malformed-date'],
    [null, 'malformed-date'],
    [undefined, 'malformed-date'],
    ['2027-02-30', 'impossible-date'],
    ['2027-02-29', 'impossible-date'], // 2027 is not a leap year
    ['1900-02-29', 'impossible-date'], // a century that is not a leap year
    ['2027-13-01', 'impossible-date'],
    ['2027-00-10', 'impossible-date'],
    ['2027-04-31', 'impossible-date'],
    ['2027-04-00', 'impossible-date'],
    ['1899-12-31', 'out-of-range-date'],
    ['3000-01-01', 'out-of-range-date'],
  ]);
});

describe('isRealIsoDate', () => {
  examples('%j is a real day: %s', isRealIsoDate, [
    ['2028-02-29', true],
    ['1800-01-01', true], // a real day, if not one the checker accepts
    ['3000-12-31', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-1-1', false],
    ['2027-01-01T00:00', false],
    ['', false],
    [20270101, false],
  ]);
});

describe('formatIsoDate', () => {
  it('pads to YYYY-MM-DD and round-trips with parseIsoDate', () => {
    expect(formatIsoDate({ year: 2028, month: 3, day: 1 })).toBe('2028-03-01');
    expect(formatIsoDate(date('1999-12-09'))).toBe('1999-12-09');
  });
});

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [2024, true],
    [2027, false],
    [2028, true],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  examples('month %i has %i days', (month: number) => daysInMonth(2027, month), [
    [1, 31], [3, 31], [4, 30], [5, 31], [6, 30], [7, 31], [8, 31], [9, 30], [10, 31], [11, 30], [12, 31],
  ]);
});

describe('compareDates and isWithin', () => {
  examples('%s against %s', (a: string, b: string) => Math.sign(compareDates(date(a), date(b))), [
    ['2027-08-31', '2027-09-01', -1],
    ['2027-09-01', '2027-08-31', 1],
    ['2027-12-31', '2028-01-01', -1],
    ['2028-02-29', '2028-02-29', 0],
  ]);

  examples('%s is within 2027-08-31..2028-02-29: %s', (day: string) => isWithin(date(day), date('2027-08-31'), date('2028-02-29')), [
    ['2027-08-31', true], // first day
    ['2028-02-29', true], // last day
    ['2027-08-30', false],
    ['2028-03-01', false],
  ]);
});

describe('addMonthsClamped', () => {
  examples('%s plus %i months is %s', onIsoDates(addMonthsClamped), [
    ['2027-08-31', 6, '2028-02-29'], // clamped, leap year
    ['2026-08-31', 6, '2027-02-28'], // clamped, common year
    ['2027-03-31', 6, '2027-09-30'],
    ['2027-01-31', 6, '2027-07-31'],
    ['2027-12-31', 6, '2028-06-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-06-15', 12, '2028-06-15'],
    ['2027-07-10', 0, '2027-07-10'],
  ]);
});

describe('nextDay', () => {
  examples('after %s comes %s', (day: string) => formatIsoDate(nextDay(date(day))), [
    ['2027-08-30', '2027-08-31'],
    ['2027-08-31', '2027-09-01'],
    ['2027-12-31', '2028-01-01'],
    ['2027-02-28', '2027-03-01'],
    ['2028-02-28', '2028-02-29'],
    ['2028-02-29', '2028-03-01'],
  ]);
});

describe('birthdayAtAge', () => {
  examples('born %s, reaches %i on %s', onIsoDates(birthdayAtAge), [
    ['2009-10-01', 18, '2027-10-01'],
    ['2008-02-29', 18, '2026-03-01'], // no 29 February in 2026: the 18th year is complete on 1 March
    ['2008-02-29', 20, '2028-02-29'], // 2028 has one
    ['2008-02-28', 18, '2026-02-28'],
    ['2007-12-31', 18, '2025-12-31'],
  ]);
});

describe('addDays', () => {
  examples('%s plus %i days is %s', onIsoDates(addDays), [
    ['2028-09-28', -28, '2028-08-31'],
    ['2028-03-01', -28, '2028-02-02'], // back across a leap February
    ['2027-03-01', -28, '2027-02-01'], // back across a common February
    ['2028-03-28', -28, '2028-02-29'], // onto a 29 February
    ['2029-01-10', -28, '2028-12-13'], // back across a year end
    ['2027-08-31', 1, '2027-09-01'],
    ['2100-03-01', -1, '2100-02-28'], // 2100 is not a leap year
    ['2000-03-01', -1, '2000-02-29'], // 2000 was
    ['2027-08-31', 0, '2027-08-31'],
    ['2027-12-31', 366, '2028-12-31'],
  ]);

  it('agrees with nextDay on every day of four years', () => {
    let day = date('2027-01-01');
    for (let i = 0; i < 4 * 366; i += 1) {
      const next = nextDay(day);
      expect(addDays(day, 1)).toEqual(next);
      expect(addDays(next, -1)).toEqual(day);
      day = next;
    }
  });
});
