/**
 * Test-only examples (nothing outside the tests imports this folder). The base applicants pass
 * every rule, so a test that changes one answer shows that answer's effect and nothing else.
 */
import type { Answers, Assessment, IntakesByProgramme, JobOffer } from '../contract';
import { parseIsoDate, type CalendarDate } from '../dates';

/** A day from its ISO text: tests build dates from strings, so a typo in a fixture fails loudly instead of testing nothing. */
export function date(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (typeof parsed === 'string') throw new Error(`fixture ${text}: ${parsed}`);
  return parsed;
}

/** One programme from each group of trades in facts/vpas.md, by the intakes the site models. */
export const CATALOGUE: IntakesByProgramme = {
  EG114701: ['2024/25', '2025/26', '2026/27'], // Mechanical Engineering: Electrical and Mechanical Services, an original trade
  AS114206: ['2025/26', '2026/27'], // Rehabilitation Services: a trade added in 2025/26
  HT114360: ['2026/27'], // Culinary Arts: Hospitality and Tourism, added for 2026/27
};

export const GOOD_OFFER: JobOffer = {
  fullTime: true,
  relevantToProgramme: true,
  higherDiplomaLevel: true,
  marketPay: true,
  contractMonths: 24,
  ownBusiness: false,
};

// Admitted 2025/26, graduated 31 Aug 2027 (the date model's own example in facts/vpas.md):
// Category A 2027-08-31..2028-02-29, Category B 2028-03-01..2028-08-31.
export const IN_CATEGORY_A: Answers = {
  dateOfBirth: '2005-05-20',
  nationality: 'CN',
  permittedUnderIANG: false,
  programmeId: 'EG114701',
  intakeYear: '2025/26',
  graduationDate: '2027-08-31',
  applicationDate: '2027-10-01',
  jobOffer: null,
};

export const IN_CATEGORY_B: Answers = { ...IN_CATEGORY_A, applicationDate: '2028-04-15', jobOffer: GOOD_OFFER };

/**
 * The part of an assessment a rule test asserts on: the outcome when eligible, the failed rules
 * when not, the errors when invalid.
 */
export function verdict(assessment: Assessment) {
  switch (assessment.outcome) {
    case 'invalid':
      return assessment.errors;
    case 'not-eligible':
      return assessment.failed;
    default:
      return assessment.outcome;
  }
}
