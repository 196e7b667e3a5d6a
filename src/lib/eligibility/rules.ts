/**
 * One small function per rule: each answers "does the applicant pass this rule?" from checked
 * answers, and quotes its source from shared/facts/vpas.md ([ImmD] is the Immigration
 * Department's VPAS page, [Brochure] the VTC's 2025-12 brochure).
 */
import type { IntakesByProgramme, RuleId } from './contract';
import { birthdayAtAge, compareDates, isWithin } from './dates';
import { latestGraduation } from './intake';
import type { CheckedAnswers } from './validate';
import type { CategoryRanges } from './windows';

/** Academic years of admission the scheme covers, oldest first. */
export const ELIGIBLE_INTAKES = ['2024/25', '2025/26', '2026/27'] as const;

/** ISO 3166-1 alpha-2 codes of the nationalities that may not apply. */
export const EXCLUDED_NATIONALITIES = ['AF', 'CU', 'LA', 'KP', 'NP', 'VN'] as const;

const MINIMUM_AGE = 18;
const MINIMUM_CONTRACT_MONTHS = 12;

export interface RuleInput {
  readonly answers: CheckedAnswers;
  readonly catalogue: IntakesByProgramme;
  readonly ranges: CategoryRanges;
}

type Rule = (input: RuleInput) => boolean;

// ImmD: "Aged 18 or above on the day the VPAS application is submitted."
// So an applicant passes on their 18th birthday itself; for someone born on 29 February that is
// 1 March in a common year (see birthdayAtAge).
const age: Rule = ({ answers }) =>
  compareDates(answers.applicationDate, birthdayAtAge(answers.dateOfBirth, MINIMUM_AGE)) >= 0;

// ImmD: "Not a national of Afghanistan (AF), Cuba (CU), Laos (LA), North Korea (KP), Nepal (NP) or
// Vietnam (VN)."
const nationality: Rule = ({ answers }) => !includes(EXCLUDED_NATIONALITIES, answers.nationality);

// ImmD: "Never permitted to remain in Hong Kong under the Immigration Arrangements for Non-local
// Graduates (IANG)."
const iang: Rule = ({ answers }) => !answers.permittedUnderIANG;

// ImmD and Brochure: "Admitted in a specified academic year: 2024/25 and 2025/26 per ImmD; the
// brochure lists the programmes for 2026/27 as well."
const intake: Rule = ({ answers }) => includes(ELIGIBLE_INTAKES, answers.intake.label);

// ImmD: "Completed a VPAS-eligible VTC full-time two-year Higher Diploma"; which programmes are
// eligible depends on the intake, and "The VTC's own list for the student's intake is what counts",
// which the catalogue models. Only its own entries count: an id like 'toString' or '__proto__' must
// not find something on Object.prototype.
const programme: Rule = ({ answers, catalogue }) => {
  const intakes: unknown = isIntakesByProgramme(catalogue) && Object.hasOwn(catalogue, answers.programmeId)
    ? catalogue[answers.programmeId]
    : undefined;
  return Array.isArray(intakes) && intakes.includes(answers.intake.label);
};

// ImmD: "within three academic years after admission"; the site's model: "an intake of 2026/27 must
// graduate on or before 31 August 2029" (see latestGraduation).
const completion: Rule = ({ answers }) =>
  compareDates(answers.graduationDate, latestGraduation(answers.intake)) <= 0;

// ImmD: "Applies no later than 12 months after the date of graduation", and Category A "applies
// within 6 months after the date of graduation": neither allows an application before it.
const applicationWindow: Rule = ({ answers, ranges }) =>
  isWithin(answers.applicationDate, ranges.categoryA.from, ranges.categoryB.to);

// ImmD, Category B "applies in the 7th to 12th month after the date of graduation ... and must
// already hold an offer of a job that is (a) full-time, (b) relevant to the programme, (c) at a level
// commonly taken up by Higher Diploma holders or above, (d) at market-level pay, (e) on a contract of
// at least one year. Setting up or joining a business does not count as a job offer."
// Category A needs none ("No job offer needed"), so outside B's window the offer is not looked at:
// in A it does not matter, and before or after the windows the `window` rule already fails.
const jobOffer: Rule = ({ answers, ranges }) => {
  if (!isWithin(answers.applicationDate, ranges.categoryB.from, ranges.categoryB.to)) return true;
  const offer = answers.jobOffer;
  return (
    offer !== null &&
    offer.fullTime &&
    offer.relevantToProgramme &&
    offer.higherDiplomaLevel &&
    offer.marketPay &&
    offer.contractMonths >= MINIMUM_CONTRACT_MONTHS &&
    !offer.ownBusiness
  );
};

/** Every rule by id; typed as a total record, so a rule id without a rule does not compile. */
export const RULES: { readonly [Id in RuleId]: Rule } = {
  age,
  nationality,
  iang,
  intake,
  programme,
  completion,
  window: applicationWindow,
  'job-offer': jobOffer,
};

// `readonly ['AF', ...]`.includes() only accepts those literals; this asks about any string.
function includes(list: readonly string[], value: string): boolean {
  return list.includes(value);
}

// The catalogue is the site's own data, but the checker promises never to throw, even when handed
// garbage in its place.
function isIntakesByProgramme(value: unknown): value is IntakesByProgramme {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}
