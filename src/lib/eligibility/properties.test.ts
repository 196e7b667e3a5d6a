import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Assessment, JobOffer } from './contract';
import {
  assessEligibility,
  categoryAWindow,
  categoryBWindow,
  decisiveFailures,
  DECISIVE_READS,
  ELIGIBLE_INTAKES,
  EXCLUDED_NATIONALITIES,
  RULE_IDS,
} from './index';
import { answers, eligibleAnswers, expectedWindows, isoDateBetween, isWithinWindow } from './testing/arbitraries';
import { shiftDays, shiftMonthsClamped } from './testing/arbitraries';
import { CATALOGUE, GOOD_OFFER as GOOD, verdict } from './testing/fixtures';
import { validateAnswers } from './validate';

const assess = (a: Answers) => assessEligibility(a, CATALOGUE);
const isEligible = (result: Assessment) => result.outcome === 'category-a' || result.outcome === 'category-b';

describe('the generators', () => {
  // Without this, "never eligible" below could pass only because nothing generated was eligible.
  it('eligibleAnswers are all eligible', () => {
    fc.assert(
      fc.property(eligibleAnswers, (a) => {
        expect(isEligible(assess(a))).toBe(true);
      }),
    );
  });
});

describe('whatever else is true', () => {
  it('an excluded nationality is never eligible', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...EXCLUDED_NATIONALITIES), (a, nationality) => {
        const before = assess(a);
        const after = assess({ ...a, nationality });
        expect(after.outcome).toBe('not-eligible');
        if (isEligible(before)) expect(verdict(after)).toEqual(['nationality']);
      }),
    );
  });

  it('an IANG holder is never eligible', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const before = assess(a);
        const after = assess({ ...a, permittedUnderIANG: true });
        expect(after.outcome).toBe('not-eligible');
        if (isEligible(before)) expect(verdict(after)).toEqual(['iang']);
      }),
    );
  });

  it('someone 16 on the application date is never eligible', () => {
    fc.assert(
      fc.property(eligibleAnswers, fc.integer({ min: 0, max: 364 }), (a, daysPast16th) => {
        // Turned 16 `daysPast16th` days before applying, so not yet 17.
        const dateOfBirth = shiftDays(shiftMonthsClamped(a.applicationDate, -16 * 12), -daysPast16th);
        expect(verdict(assess({ ...a, dateOfBirth }))).toEqual(['age']);
      }),
    );
  });
});

describe('outcomes and windows', () => {
  it("'category-a' only inside window A, 'category-b' only inside window B", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const result = assess(a);
        const { applicationDate } = a;
        if (result.outcome === 'category-a') expect(isWithinWindow(applicationDate, result.windows.categoryA)).toBe(true);
        if (result.outcome === 'category-b') expect(isWithinWindow(applicationDate, result.windows.categoryB)).toBe(true);
      }),
    );
  });

  it('the windows match an independent computation, and the helpers agree', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const result = assess(a);
        const expected = expectedWindows(a.graduationDate);
        expect(result.outcome !== 'invalid' && result.windows).toEqual(expected);
        expect(categoryAWindow(a.graduationDate)).toEqual(expected.categoryA);
        expect(categoryBWindow(a.graduationDate)).toEqual(expected.categoryB);
      }),
    );
  });

  it('lists failed rules once each, in RULE_IDS order', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const result = assess(a);
        if (result.outcome !== 'not-eligible') return;
        expect(result.failed).toEqual(RULE_IDS.filter((id) => result.failed.includes(id)));
      }),
    );
  });
});

// Each change makes the applicant's case worse (or leaves it as it was).
const withOffer = (change: (offer: JobOffer) => JobOffer) => (a: Answers): Answers =>
  a.jobOffer === null ? a : { ...a, jobOffer: change(a.jobOffer) };
type Change = readonly [name: string, change: (a: Answers) => Answers];

const worsenedOffer: fc.Arbitrary<Change> = fc.oneof(
  fc.constant(['no job offer', (a: Answers) => ({ ...a, jobOffer: null })] as const),
  fc.constantFrom('fullTime', 'relevantToProgramme', 'higherDiplomaLevel', 'marketPay').map(
    (condition) => [`not ${condition}`, withOffer((offer) => ({ ...offer, [condition]: false }))] as const,
  ),
  fc.constant(['own business', withOffer((offer) => ({ ...offer, ownBusiness: true }))] as const),
  fc.integer({ min: 0, max: 11 }).map(
    (months) => [`${months} months`, withOffer((offer) => ({ ...offer, contractMonths: months }))] as const,
  ),
);

const unlistedIntake = (intakeYear: string) => (a: Answers) =>
  CATALOGUE[a.programmeId]?.includes(intakeYear) ? a : { ...a, intakeYear };

const worsening: fc.Arbitrary<Change> = fc.oneof(
  fc.constantFrom(...EXCLUDED_NATIONALITIES).map((nationality) => [nationality, (a: Answers) => ({ ...a, nationality })] as const),
  fc.constant(['IANG', (a: Answers) => ({ ...a, permittedUnderIANG: true })] as const),
  worsenedOffer,
  fc.constantFrom('2023/24', ...ELIGIBLE_INTAKES, '2027/28').map((intake) => [intake, unlistedIntake(intake)] as const),
);

describe('monotonicity', () => {
  it("in window B, an offer that loses any one condition fails 'job-offer' and nothing else", () => {
    const inB = eligibleAnswers.filter((a) => assess(a).outcome === 'category-b');
    fc.assert(
      fc.property(inB, worsenedOffer, (a, [, worsen]) => {
        expect(verdict(assess(worsen(a)))).toEqual(['job-offer']);
      }),
    );
  });

  it('making any answer worse never turns not-eligible into eligible', () => {
    fc.assert(
      fc.property(answers, worsening, (a, [, worsen]) => {
        if (!isEligible(assess(a))) expect(isEligible(assess(worsen(a)))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

// Age holds on the day of application (ImmD): a student who turns 18 after graduating may apply
// from that birthday, inside a window; one who turns 18 after the last day never may.
describe('turning 18 inside a window', () => {
  /** Eligible students, born again so that their 18th birthday falls anywhere from a year before graduation to a year after B. */
  const rebornStudents = eligibleAnswers.chain((a) =>
    isoDateBetween(shiftDays(a.graduationDate, -365), shiftDays(expectedWindows(a.graduationDate).categoryB.to, 365)).map(
      (birthday18): Answers => ({ ...a, dateOfBirth: shiftMonthsClamped(birthday18, -18 * 12), jobOffer: null }),
    ),
  );
  const birthday18 = (a: Answers) => {
    const born = a.dateOfBirth;
    // A 29 February birth turns 18 on 1 March of a common year; shiftMonthsClamped would say 28 February.
    const clamped = shiftMonthsClamped(born, 18 * 12);
    return born.endsWith('-02-29') && !clamped.endsWith('-29') ? shiftDays(clamped, 1) : clamped;
  };
  const onDay = (a: Answers, applicationDate: string): Answers => ({ ...a, applicationDate, jobOffer: GOOD });

  it('eligible when applying on the earliest day the assessment gives, in the category it names', () => {
    fc.assert(
      fc.property(rebornStudents, (a) => {
        const result = assess(a);
        if (result.outcome === 'invalid' || result.earliest === null) return;
        const then = assess(onDay(a, result.earliest.date));
        expect(then.outcome).toBe(result.earliest.category);
        // It is the graduation day, or the 18th birthday when that is later.
        const expected = birthday18(a) > a.graduationDate ? birthday18(a) : a.graduationDate;
        expect(result.earliest.date).toBe(expected);
      }),
    );
  });

  it('ineligible for age on any day before it, and whenever the birthday is after every window', () => {
    fc.assert(
      fc.property(rebornStudents, fc.integer({ min: 1, max: 400 }), (a, daysBefore) => {
        const result = assess(a);
        if (result.outcome === 'invalid') return;
        const { categoryA, categoryB } = expectedWindows(a.graduationDate);
        if (result.earliest === null) {
          expect(birthday18(a) > categoryB.to).toBe(true);
          const anyDay = shiftDays(categoryB.to, -Math.min(daysBefore, 365));
          expect(verdict(assess(onDay(a, anyDay)))).toContain('age');
          return;
        }
        const day = shiftDays(result.earliest.date, -daysBefore);
        if (day >= categoryA.from) expect(verdict(assess(onDay(a, day)))).toEqual(['age']);
      }),
    );
  });
});

describe('an intake after the latest list', () => {
  const laterIntake = fc.integer({ min: 2027, max: 2090 }).map((year) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`);

  it('is never refused for itself: not yet known, unless another rule fails', () => {
    fc.assert(
      fc.property(eligibleAnswers, laterIntake, (a, intakeYear) => {
        // The same student, admitted later: the same distance from admission to graduation and application.
        const years = Number(intakeYear.slice(0, 4)) - Number(a.intakeYear.slice(0, 4));
        const later = (iso: string) => shiftMonthsClamped(iso, 12 * years);
        const moved = { ...a, intakeYear, graduationDate: later(a.graduationDate), applicationDate: later(a.applicationDate), dateOfBirth: later(a.dateOfBirth) };
        const result = assess(moved);
        if (result.outcome === 'not-eligible') expect(result.failed).not.toContain('intake');
        // Moving a date by whole years can only move it by a day (29 February), so the windows still hold it.
        if (result.outcome !== 'not-eligible') expect(result.outcome).toBe('not-yet-known');
        expect(verdict(assess({ ...moved, nationality: 'VN' }))).toEqual(['nationality']);
      }),
    );
  });
});

describe('the decisive rules', () => {
  it('fail on the answers they read only when the full assessment fails them too, whatever day is chosen', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: -30, max: 400 }), (a, days) => {
        const validation = validateAnswers(a);
        if (!validation.ok) return;
        const decisive = decisiveFailures(validation.answers, CATALOGUE);
        const otherDay = assess({ ...a, applicationDate: shiftDays(a.graduationDate, days), jobOffer: GOOD });
        for (const rule of decisive) {
          expect(otherDay.outcome).toBe('not-eligible');
          const failed: readonly string[] = otherDay.outcome === 'not-eligible' ? otherDay.failed : [];
          // Age, decisive, fails on every day up to the last; after it, the window does.
          if (rule === 'age') expect(failed.includes('age') || failed.includes('window')).toBe(true);
          else {
            expect(failed).toContain(rule);
            expect(verdict(assess(a))).toContain(rule);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('are asked only when every answer they read is given', () => {
    fc.assert(
      fc.property(answers, fc.subarray([...new Set(Object.values(DECISIVE_READS).flat())]), (a, given) => {
        const validation = validateAnswers(a);
        if (!validation.ok) return;
        const known = Object.fromEntries(given.map((key) => [key, validation.answers[key]]));
        for (const rule of decisiveFailures(known, CATALOGUE)) {
          for (const key of DECISIVE_READS[rule]) expect(given).toContain(key);
        }
      }),
    );
  });
});
