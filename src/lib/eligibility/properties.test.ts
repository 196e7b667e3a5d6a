import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Assessment, JobOffer } from './contract';
import {
  assessEligibility,
  categoryAWindow,
  categoryBWindow,
  ELIGIBLE_INTAKES,
  EXCLUDED_NATIONALITIES,
  RULE_IDS,
} from './index';
import { answers, eligibleAnswers, expectedWindows, isWithinWindow } from './testing/arbitraries';
import { shiftDays, shiftMonthsClamped } from './testing/arbitraries';
import { CATALOGUE, verdict } from './testing/fixtures';

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
