/**
 * Test-only fast-check generators. Dates are generated and shifted with UTC `Date` arithmetic, a
 * second implementation independent of dates.ts, so the properties also cross-check the module's
 * own calendar maths. (UTC only: never local time, so the generators are zone-independent too.)
 */
import fc from 'fast-check';
import type { Answers, JobOffer, Window, Windows } from '../contract';
import { ELIGIBLE_INTAKES, EXCLUDED_NATIONALITIES } from '../rules';
import { CATALOGUE } from './fixtures';

const DAY_MS = 86_400_000;
const ymd = (iso: string) => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))] as const;
const dayNumber = (iso: string) => {
  const [year, month, day] = ymd(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};
const isoOfDayNumber = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const shiftDays = (iso: string, days: number) => isoOfDayNumber(dayNumber(iso) + days);

/** The same day-of-month `months` later (or earlier), clamped to the month's last day. */
export function shiftMonthsClamped(iso: string, months: number): string {
  const [year, month, day] = ymd(iso);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const [y, m] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDayOfMonth(y, m))).padStart(2, '0')}`;
}

/** The windows as the brief describes them, computed independently of windows.ts. */
export function expectedWindows(graduationDate: string): Windows {
  const lastOfA = shiftMonthsClamped(graduationDate, 6);
  return {
    categoryA: { from: graduationDate, to: lastOfA },
    categoryB: { from: shiftDays(lastOfA, 1), to: shiftMonthsClamped(graduationDate, 12) },
  };
}

// 'YYYY-MM-DD' strings order like the dates they name.
export const isWithinWindow = (iso: string, window: Window) => window.from <= iso && iso <= window.to;

export const isoDateBetween = (from: string, to: string) =>
  fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOfDayNumber);

const excludedNationality = fc.constantFrom(...EXCLUDED_NATIONALITIES);
const allowedNationality = fc
  .stringMatching(/^[A-Z]{2}$/)
  .filter((code) => !(EXCLUDED_NATIONALITIES as readonly string[]).includes(code));

export const goodOffer: fc.Arbitrary<JobOffer> = fc.record({
  fullTime: fc.constant(true),
  relevantToProgramme: fc.constant(true),
  higherDiplomaLevel: fc.constant(true),
  marketPay: fc.constant(true),
  contractMonths: fc.integer({ min: 12, max: 120 }),
  ownBusiness: fc.constant(false),
});

export const anyOffer: fc.Arbitrary<JobOffer> = fc.record({
  fullTime: fc.boolean(),
  relevantToProgramme: fc.boolean(),
  higherDiplomaLevel: fc.boolean(),
  marketPay: fc.boolean(),
  contractMonths: fc.integer({ min: 0, max: 60 }),
  ownBusiness: fc.boolean(),
});

/**
 * Applicants who meet every rule: in Category A's window with any offer or none, or in Category
 * B's with a good one.
 */
export const eligibleAnswers: fc.Arbitrary<Answers> = fc
  .constantFrom(...ELIGIBLE_INTAKES)
  .chain((intakeYear) => {
    const firstYear = Number(intakeYear.slice(0, 4));
    const programmes = Object.keys(CATALOGUE).filter((id) => CATALOGUE[id]?.includes(intakeYear));
    return fc.record({
      intakeYear: fc.constant(intakeYear),
      programmeId: fc.constantFrom(...programmes),
      graduationDate: isoDateBetween(`${firstYear + 1}-01-01`, `${firstYear + 3}-08-31`),
    });
  })
  .chain((studies) => {
    const { categoryA, categoryB } = expectedWindows(studies.graduationDate);
    const application = fc.oneof(
      fc.record({ applicationDate: isoDateBetween(categoryA.from, categoryA.to), jobOffer: fc.option(anyOffer) }),
      fc.record({ applicationDate: isoDateBetween(categoryB.from, categoryB.to), jobOffer: goodOffer }),
    );
    return fc.record({ studies: fc.constant(studies), application, nationality: allowedNationality });
  })
  .chain(({ studies, application, nationality }) => {
    // Born 18 to 60 years before applying, counted in clamped months: 18 years before
    // 29 February 2028 is 28 February 2010, as 2010 has no 29th.
    const applied = application.applicationDate;
    const born = isoDateBetween(shiftMonthsClamped(applied, -60 * 12), shiftMonthsClamped(applied, -18 * 12));
    return born.map((dateOfBirth): Answers => ({
      ...studies,
      ...application,
      nationality,
      dateOfBirth,
      permittedUnderIANG: false,
    }));
  });

/** Valid answers of every kind, eligible or not: intakes and programmes in and out of the catalogue. */
export const anyValidAnswers: fc.Arbitrary<Answers> = fc.record({
  dateOfBirth: isoDateBetween('1960-01-01', '2016-12-31'),
  nationality: fc.oneof(excludedNationality, allowedNationality),
  permittedUnderIANG: fc.boolean(),
  programmeId: fc.constantFrom(...Object.keys(CATALOGUE), 'XX000000'),
  intakeYear: fc.constantFrom('2022/23', '2023/24', ...ELIGIBLE_INTAKES, '2027/28'),
  graduationDate: isoDateBetween('2017-01-01', '2032-12-31'), // after every birth above: always valid
  applicationDate: isoDateBetween('2017-01-01', '2034-12-31'),
  jobOffer: fc.option(fc.oneof(goodOffer, anyOffer)),
});

/** Half eligible, half anything valid, so that "never eligible" properties have something to lose. */
export const answers = fc.oneof(eligibleAnswers, anyValidAnswers);
