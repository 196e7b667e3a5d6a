/**
 * The shapes the checker's island and this module agree on. The island collects `Answers`, calls
 * `assessEligibility` and renders the `Assessment`; the words for each rule id and error code live
 * in the i18n dictionaries, never here.
 */

/**
 * Every rule, in the order the result lists failures: the applicant first, then the studies, then
 * the timing of the application. The `RuleId` union is derived from this list, so an unknown id is
 * a compile error and a new rule has exactly one place to be added.
 */
export const RULE_IDS = [
  'age',
  'nationality',
  'iang',
  'intake',
  'programme',
  'completion',
  'window',
  'job-offer',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface JobOffer {
  fullTime: boolean;
  relevantToProgramme: boolean;
  /** a level commonly taken up by Higher Diploma holders or above */
  higherDiplomaLevel: boolean;
  marketPay: boolean;
  contractMonths: number;
  /** the applicant set up or joined the business */
  ownBusiness: boolean;
}

export interface Answers {
  /** 'YYYY-MM-DD' */
  dateOfBirth: string;
  /** ISO 3166-1 alpha-2, upper case: 'CN', 'IN', 'VN' */
  nationality: string;
  permittedUnderIANG: boolean;
  programmeId: string;
  /** academic year of admission, 'YYYY/YY': '2026/27' */
  intakeYear: string;
  /** 'YYYY-MM-DD', the date on the graduation certificate */
  graduationDate: string;
  /** 'YYYY-MM-DD', when the VPAS application is (to be) submitted */
  applicationDate: string;
  jobOffer: JobOffer | null;
}

/** programme id -> eligible intake years: the only thing the rules need to know about programmes */
export type IntakesByProgramme = Readonly<Record<string, readonly string[]>>;

/** inclusive 'YYYY-MM-DD' */
export interface Window {
  from: string;
  to: string;
}

export interface Windows {
  categoryA: Window;
  categoryB: Window;
}

/**
 * The first day the student may apply, as far as age and the windows decide ('YYYY-MM-DD'): the
 * date of graduation, or the 18th birthday when that comes later; and the window it falls in.
 */
export interface Earliest {
  date: string;
  category: 'category-a' | 'category-b';
}

/**
 * - 'category-a' / 'category-b': every rule holds on the application day, which is in that window;
 * - 'not-yet-known': every rule that can be checked holds, but the intake is after the latest one
 *   any source names, so whether the scheme covers it is not known yet (neither yes nor no);
 * - 'not-eligible': the rules in `failed` do not hold;
 * - 'invalid': the answers cannot be read.
 *
 * `earliest` is null only when the 18th birthday comes after the last day to apply.
 */
export type Assessment =
  | { outcome: 'category-a' | 'category-b'; failed: []; windows: Windows; earliest: Earliest }
  | { outcome: 'not-yet-known'; failed: []; windows: Windows; earliest: Earliest }
  | { outcome: 'not-eligible'; failed: RuleId[]; windows: Windows; earliest: Earliest | null }
  | { outcome: 'invalid'; errors: { field: string; code: string }[] };
