/**
 * One small function per rule: each answers "does the applicant pass this rule?" from checked
 * answers, and quotes its source from shared/facts/vpas.md ([ImmD] is the Immigration
 * Department's VPAS page, [Brochure] the VTC's 2025-12 brochure).
 */
import { isAdultOn, earliestApplication } from './age';
import type { IntakesByProgramme, RuleId } from './contract';
import { compareDates, isWithin } from './dates';
import { latestGraduation, type Intake } from './intake';
import type { CheckedAnswers } from './validate';
import { rangesAfterGraduation, type CategoryRanges } from './windows';

/** Academic years of admission the scheme covers, oldest first. */
export const ELIGIBLE_INTAKES = ['2024/25', '2025/26', '2026/27'] as const;

/** ISO 3166-1 alpha-2 codes of the nationalities that may not apply. */
export const EXCLUDED_NATIONALITIES = ['AF', 'CU', 'LA', 'KP', 'NP', 'VN'] as const;

const MINIMUM_CONTRACT_MONTHS = 12;

/**
 * Where an intake stands. 'covered': a source names it (ImmD 2024/25 and 2025/26, the brochure
 * 2026/27). 'before-scheme': admitted before the first of them, so outside the scheme, which ImmD
 * calls "a pilot for students admitted in 2024/25 and 2025/26". 'not-yet-known': after the latest
 * list any source gives; whether the scheme will cover it is not known ("whether the scheme
 * continues after 2026/27: NOT KNOWN", facts file), so it is neither a yes nor a no.
 */
export type IntakeStanding = 'before-scheme' | 'covered' | 'not-yet-known';

const LATEST_LISTED_YEAR = Math.max(...ELIGIBLE_INTAKES.map((label) => Number(label.slice(0, 4))));

export function intakeStanding(intake: Intake): IntakeStanding {
  if (includes(ELIGIBLE_INTAKES, intake.label)) return 'covered';
  return intake.firstYear > LATEST_LISTED_YEAR ? 'not-yet-known' : 'before-scheme';
}

export interface RuleInput {
  readonly answers: CheckedAnswers;
  readonly catalogue: IntakesByProgramme;
  readonly ranges: CategoryRanges;
}

type Rule = (input: RuleInput) => boolean;

// The checks that do not depend on the day of application, each on the answers it reads: the full
// assessment runs them on every answer, and `decisiveFailures` on the answers given so far.
type Answered<K extends keyof CheckedAnswers> = Pick<CheckedAnswers, K>;

// ImmD: "Not a national of Afghanistan (AF), Cuba (CU), Laos (LA), North Korea (KP), Nepal (NP) or
// Vietnam (VN)."
const notExcluded = ({ nationality }: Answered<'nationality'>) => !includes(EXCLUDED_NATIONALITIES, nationality);

// ImmD: "Never permitted to remain in Hong Kong under the Immigration Arrangements for Non-local
// Graduates (IANG)."
const neverUnderIang = ({ permittedUnderIANG }: Answered<'permittedUnderIANG'>) => !permittedUnderIANG;

// ImmD and Brochure: "Admitted in a specified academic year: 2024/25 and 2025/26 per ImmD; the
// brochure lists the programmes for 2026/27 as well." A later intake is not refused: it is not
// known yet (see intakeStanding), and the assessment says so.
const intakeNotBefore = ({ intake }: Answered<'intake'>) => intakeStanding(intake) !== 'before-scheme';

// ImmD: "Completed a VPAS-eligible VTC full-time two-year Higher Diploma"; which programmes are
// eligible depends on the intake, and "The VTC's own list for the student's intake is what counts",
// which the catalogue models. Only for an intake a list exists for: before the scheme the intake
// rule already fails, and after the latest list there is no list to look in. Only the catalogue's
// own entries count: an id like 'toString' or '__proto__' must not find something on Object.prototype.
const programmeListed = ({ programmeId, intake }: Answered<'programmeId' | 'intake'>, catalogue: IntakesByProgramme) => {
  if (intakeStanding(intake) !== 'covered') return true;
  const intakes: unknown = isIntakesByProgramme(catalogue) && Object.hasOwn(catalogue, programmeId)
    ? catalogue[programmeId]
    : undefined;
  return Array.isArray(intakes) && intakes.includes(intake.label);
};

// ImmD: "within three academic years after admission"; the site's model: "an intake of 2026/27 must
// graduate on or before 31 August 2029" (see latestGraduation).
const completedInTime = ({ graduationDate, intake }: Answered<'graduationDate' | 'intake'>) =>
  compareDates(graduationDate, latestGraduation(intake)) <= 0;

// ImmD: "Aged 18 or above on the day the VPAS application is submitted" and "no later than 12
// months after the date of graduation": whatever day is chosen, someone whose 18th birthday comes
// after that last day never meets both.
const adultInTime = ({ dateOfBirth, graduationDate }: Answered<'dateOfBirth' | 'graduationDate'>) =>
  earliestApplication(dateOfBirth, rangesAfterGraduation(graduationDate)) !== null;

// ImmD: "Aged 18 or above on the day the VPAS application is submitted."
// So an applicant passes on their 18th birthday itself; for someone born on 29 February that is
// 1 March in a common year (see birthdayAtAge).
const age: Rule = ({ answers }) => isAdultOn(answers.dateOfBirth, answers.applicationDate);

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
  nationality: ({ answers }) => notExcluded(answers),
  iang: ({ answers }) => neverUnderIang(answers),
  intake: ({ answers }) => intakeNotBefore(answers),
  programme: ({ answers, catalogue }) => programmeListed(answers, catalogue),
  completion: ({ answers }) => completedInTime(answers),
  window: applicationWindow,
  'job-offer': jobOffer,
};

/**
 * The rules that rule a student out whatever day they apply, each with the answers it reads, in
 * RULE_IDS order. The checker asks them as soon as those answers are given (GOV.UK smart-answers:
 * an answer that decides the outcome ends the questions). Age counts here only in its strong form:
 * when the 18th birthday comes after the last day to apply; a day before the birthday is the day's
 * fault, not the student's, and the full assessment names it.
 */
export const DECISIVE_READS = {
  age: ['dateOfBirth', 'graduationDate'],
  nationality: ['nationality'],
  iang: ['permittedUnderIANG'],
  intake: ['intake'],
  programme: ['programmeId', 'intake'],
  completion: ['intake', 'graduationDate'],
} as const satisfies Partial<Record<RuleId, readonly (keyof CheckedAnswers)[]>>;

export type DecisiveRuleId = keyof typeof DECISIVE_READS;

const DECISIVE: { readonly [Id in DecisiveRuleId]: (answers: CheckedAnswers, catalogue: IntakesByProgramme) => boolean } = {
  age: adultInTime,
  nationality: notExcluded,
  iang: neverUnderIang,
  intake: intakeNotBefore,
  programme: programmeListed,
  completion: completedInTime,
};

/**
 * The decisive rules that fail on the answers given so far (`known` holds only answers that have
 * been read and checked): a rule whose answers are not all given yet is not asked.
 */
export function decisiveFailures(known: Partial<CheckedAnswers>, catalogue: IntakesByProgramme): DecisiveRuleId[] {
  const ids = Object.keys(DECISIVE_READS) as DecisiveRuleId[];
  return ids.filter((id) => {
    const reads: readonly (keyof CheckedAnswers)[] = DECISIVE_READS[id];
    // Every answer the rule reads is there: it sees a whole CheckedAnswers as far as it looks.
    return reads.every((key) => known[key] !== undefined) && !DECISIVE[id](known as CheckedAnswers, catalogue);
  });
}

// `readonly ['AF', ...]`.includes() only accepts those literals; this asks about any string.
function includes(list: readonly string[], value: string): boolean {
  return list.includes(value);
}

// The catalogue is the site's own data, but the checker promises never to throw, even when handed
// garbage in its place.
function isIntakesByProgramme(value: unknown): value is IntakesByProgramme {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}
