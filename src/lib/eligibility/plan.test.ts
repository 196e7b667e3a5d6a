import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliestApplication } from './age';
import { formatIsoDate, parseIsoDate, type CalendarDate } from './dates';
import { EXTENSION_LEAD_DAYS, STAY_LADDERS, studentPlan, usualGrants, type Grant } from './plan';
import { expectedWindows, isoDateBetween, shiftDays, shiftMonthsClamped } from './testing/arbitraries';
import { rangesAfterGraduation } from './windows';

const date = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (typeof parsed === 'string') throw new Error(`${iso}: ${parsed}`);
  return parsed;
};
const iso = (day: CalendarDate | null) => (day ? formatIsoDate(day) : null);
// A grant as 'months: from..expires (extension from)', to read a whole ladder in one line.
const grantText = ({ months, from, expires, extensionFrom }: Grant) =>
  `${months}: ${iso(from)}..${iso(expires)}${extensionFrom ? ` (${iso(extensionFrom)})` : ''}`;

// Graduated 31 August 2027 (the facts file's example), and the windows as they stand for a student
// already 18 by the end of A: A's last day, B, and the last day to apply.
const GRADUATED_AUGUST_2027 = { graduated: '2027-08-31', aLast: '2028-02-29', b: '2028-03-01..2028-08-31', last: '2028-08-31' } as const;

/**
 * Hand-counted: the windows from graduation, the earliest day from the 18th birthday, each grant
 * from the application day with months counted from it (clamped to month ends), each extension 28
 * days before its grant expires, seven years like an age.
 */
describe.each([
  {
    name: 'Category A from graduation on 31 August into a leap February',
    ...GRADUATED_AUGUST_2027, born: '2005-05-20', applied: '2027-08-31', category: 'category-a', contract: null,
    grants: ['12: 2027-08-31..2028-08-31 (2028-08-03)', '24: 2028-08-31..2030-08-31 (2030-08-03)', '24: 2030-08-31..2032-08-31 (2032-08-03)', '36: 2032-08-31..2035-08-31'],
    seven: '2034-08-31',
  },
  {
    name: 'Category A applied on 29 February: every grant ends on the last day of February',
    graduated: '2028-02-29', born: '2005-05-20', applied: '2028-02-29', category: 'category-a', contract: null,
    aLast: '2028-08-29', b: '2028-08-30..2029-02-28', last: '2029-02-28',
    grants: ['12: 2028-02-29..2029-02-28 (2029-01-31)', '24: 2029-02-28..2031-02-28 (2031-01-31)', '24: 2031-02-28..2033-02-28 (2033-01-31)', '36: 2033-02-28..2036-02-29'],
    seven: '2035-03-01', // seven full years from a 29 February are complete on 1 March
  },
  {
    name: 'Category A from 31 January',
    graduated: '2027-01-31', born: '2005-05-20', applied: '2027-01-31', category: 'category-a', contract: null,
    aLast: '2027-07-31', b: '2027-08-01..2028-01-31', last: '2028-01-31',
    grants: ['12: 2027-01-31..2028-01-31 (2028-01-03)', '24: 2028-01-31..2030-01-31 (2030-01-03)', '24: 2030-01-31..2032-01-31 (2032-01-03)', '36: 2032-01-31..2035-01-31'],
    seven: '2034-01-31',
  },
  {
    name: 'Category B with an 18-month contract: the first grant is the contract’s length',
    ...GRADUATED_AUGUST_2027, born: '2005-05-20', applied: '2028-04-15', category: 'category-b', contract: 18,
    grants: ['18: 2028-04-15..2029-10-15 (2029-09-17)', '24: 2029-10-15..2031-10-15 (2031-09-17)', '36: 2031-10-15..2034-10-15'],
    seven: '2035-04-15',
  },
  {
    name: 'Category B with a 36-month contract: the grant is still 24 months',
    ...GRADUATED_AUGUST_2027, born: '2005-05-20', applied: '2028-03-01', category: 'category-b', contract: 36,
    grants: ['24: 2028-03-01..2030-03-01 (2030-02-01)', '24: 2030-03-01..2032-03-01 (2032-02-02)', '36: 2032-03-01..2035-03-01'],
    seven: '2035-03-01', // B's usual ladder is 84 months: its last grant ends on the seventh anniversary
  },
  {
    name: 'turns 18 inside Category A: A is still open, B unchanged',
    ...GRADUATED_AUGUST_2027, born: '2009-10-01', applied: '2027-10-01', category: 'category-a', contract: null,
    grants: ['12: 2027-10-01..2028-10-01 (2028-09-03)', '24: 2028-10-01..2030-10-01 (2030-09-03)', '24: 2030-10-01..2032-10-01 (2032-09-03)', '36: 2032-10-01..2035-10-01'],
    seven: '2034-10-01',
  },
  {
    name: 'turns 18 inside Category B: A never opens for them, B from the birthday',
    graduated: '2027-08-31', born: '2010-04-10', applied: '2028-04-10', category: 'category-b', contract: 12,
    aLast: null, b: '2028-04-10..2028-08-31', last: '2028-08-31',
    grants: ['12: 2028-04-10..2029-04-10 (2029-03-13)', '24: 2029-04-10..2031-04-10 (2031-03-13)', '36: 2031-04-10..2034-04-10'],
    seven: '2035-04-10',
  },
] as const)('$name', ({ graduated, born, applied, category, contract, aLast, b, last, grants, seven }) => {
  const ranges = rangesAfterGraduation(date(graduated));
  const earliest = earliestApplication(date(born), ranges);
  if (!earliest) throw new Error('fixture: the student must be 18 inside a window');
  const plan = studentPlan({ ranges, earliest: earliest.day, applicationDate: date(applied), category, contractMonths: contract });

  it('gives the windows as they stand for the student', () => {
    expect(iso(plan.categoryALast)).toBe(aLast);
    expect(`${iso(plan.categoryB.from)}..${iso(plan.categoryB.to)}`).toBe(b);
    expect(iso(plan.lastDay)).toBe(last);
  });

  it('gives the usual ladder, each extension 4 weeks before its grant expires', () => {
    expect(plan.grants.map(grantText)).toEqual(grants);
    expect(iso(plan.start)).toBe(applied);
  });

  it('gives the day seven years on VPAS would be reached', () => {
    expect(iso(plan.sevenYears)).toBe(seven);
  });
});

describe('usualGrants', () => {
  it.each(Object.entries(STAY_LADDERS))('%s: one grant per step, back to back, the last with no extension', (_, ladder) => {
    const grants = usualGrants(date('2027-06-15'), ladder);
    expect(grants.map((g) => g.months)).toEqual(ladder);
    grants.slice(1).forEach((grant, i) => expect(grant.from).toEqual(grants[i]?.expires));
    expect(grants.at(-1)?.extensionFrom).toBeNull();
    expect(grants.slice(0, -1).every((g) => g.extensionFrom !== null)).toBe(true);
  });
});

/**
 * Properties over any graduation day, date of birth and application day, checked against the
 * test generators' own calendar maths (UTC `Date` arithmetic, independent of dates.ts).
 */
describe('studentPlan, for any student', () => {
  const student = fc.record({
    graduated: isoDateBetween('2025-01-01', '2031-12-31'),
    bornOffsetDays: fc.integer({ min: -9000, max: 300 }), // the 18th birthday from long before graduation to inside the windows
    applyOffsetDays: fc.integer({ min: 0, max: 366 }),
    contract: fc.option(fc.integer({ min: 12, max: 60 }), { nil: null }),
  });

  it('counts every date as the rules say', () => {
    fc.assert(
      fc.property(student, ({ graduated, bornOffsetDays, applyOffsetDays, contract }) => {
        const ranges = rangesAfterGraduation(date(graduated));
        const born = shiftMonthsClamped(shiftDays(graduated, bornOffsetDays), -18 * 12);
        const earliest = earliestApplication(date(born), ranges);
        fc.pre(earliest !== null);
        const applied = shiftDays(formatIsoDate(earliest!.day), applyOffsetDays);
        fc.pre(applied <= formatIsoDate(ranges.categoryB.to));
        const category = applied <= formatIsoDate(ranges.categoryA.to) ? 'category-a' : 'category-b';
        const plan = studentPlan({ ranges, earliest: earliest!.day, applicationDate: date(applied), category, contractMonths: category === 'category-b' ? contract : null });
        const windows = expectedWindows(graduated);

        // The windows: A's last day only while the student can still use it; B from the first day they are 18.
        expect(iso(plan.categoryALast)).toBe(formatIsoDate(earliest!.day) <= windows.categoryA.to ? windows.categoryA.to : null);
        expect(iso(plan.categoryB.from)).toBe([formatIsoDate(earliest!.day), windows.categoryB.from].sort()[1]);
        expect(iso(plan.lastDay)).toBe(windows.categoryB.to);

        // The ladder: the category's, the first of B capped by the contract; back to back from the
        // application day; each extension 28 days before its grant expires, none after the last.
        const ladder: number[] = [...STAY_LADDERS[category]];
        if (category === 'category-b' && contract !== null) ladder[0] = Math.min(24, contract);
        expect(plan.grants.map((g) => g.months)).toEqual(ladder);
        let elapsed = 0;
        for (const [i, grant] of plan.grants.entries()) {
          expect(iso(grant.from)).toBe(shiftMonthsClamped(applied, elapsed));
          elapsed += grant.months;
          expect(iso(grant.expires)).toBe(shiftMonthsClamped(applied, elapsed));
          expect(iso(grant.extensionFrom)).toBe(i === plan.grants.length - 1 ? null : shiftDays(iso(grant.expires)!, -EXTENSION_LEAD_DAYS));
        }

        // Seven full years: the same day seven years on, or 1 March for a 29 February in a common year.
        const seven = iso(plan.sevenYears)!;
        expect(seven === shiftMonthsClamped(applied, 84) || (applied.endsWith('-02-29') && seven === shiftDays(shiftMonthsClamped(applied, 84), 1))).toBe(true);
      }),
    );
  });
});
