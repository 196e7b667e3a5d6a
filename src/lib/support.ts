import type { MessageKey } from '../i18n';
import type { SourceId } from './sources';

/**
 * The support and rules pages' content as data (issues 8 and 17): the brochure's company support and
 * footnotes, and the facts file's rules while studying and after arrival. The words are in the dictionaries; this
 * holds the structure and the numbers, each with its source, so the page only renders them.
 */

/** Brochure, "香港知名企业 与VTC携手成就学生未来": the seven forms of company support, in its order. */
export const supportOffers = [
  'scholarship',
  'internship',
  'award',
  'conditionalOffer',
  'contract',
  'sponsoredClass',
  'tuition',
] as const;
export type SupportOffer = (typeof supportOffers)[number];

/**
 * The brochure names the internship award only in Chinese; English pages show that name beside
 * their own description, marked as Chinese, rather than an English name the VTC never gave it.
 */
export const chineseNames: Partial<Record<SupportOffer, string>> = { award: '腾跃实习奖' };

export function offerKeys(offer: SupportOffer) {
  return { title: `support.offer.${offer}.title`, text: `support.offer.${offer}.text` } as const satisfies Record<string, MessageKey>;
}

/**
 * The brochure's seven footnotes, in our words (footnote 5 has three parts, i to iii). The seventh
 * marks Hospitality and Tourism, in the brochure's table, as the sector new for 2026/27.
 */
export const brochureNotes = [
  { note: 1, parts: ['support.note1'] },
  { note: 2, parts: ['support.note2'] },
  { note: 3, parts: ['support.note3'] },
  { note: 4, parts: ['support.note4'] },
  { note: 5, parts: ['support.note5a', 'support.note5b', 'support.note5c'] },
  { note: 6, parts: ['support.note6'] },
  { note: 7, parts: ['support.note7'] },
] as const satisfies readonly { note: number; parts: readonly MessageKey[] }[];

export interface LadderStep {
  /** The longest grant at this step; each grant on employment is also capped by the contract. */
  months: number;
  /** Whether the stay is on employment condition (Category A's first stay is on time limitation only). */
  onEmployment: boolean;
  key: MessageKey;
}

/**
 * ImmD, "After arrival": "the usual ladder is A: 12, 24, 24, 36 months; B: 24, 24, 36". The last
 * step comes "after 48 months in a row on employment condition", when the job need only be full-time.
 */
// Both ladders end the same way: an extension on employment, then the last step after 48 months.
const lastSteps = [
  { months: 24, onEmployment: true, key: 'support.ladder.extensionEligibility' },
  { months: 36, onEmployment: true, key: 'support.ladder.after48' },
] as const;
export const stayLadders = [
  {
    category: 'A',
    titleKey: 'programme.categoryA.title',
    steps: [
      { months: 12, onEmployment: false, key: 'support.ladder.firstA' },
      { months: 24, onEmployment: true, key: 'support.ladder.eligibleEmployment' },
      ...lastSteps,
    ],
  },
  {
    category: 'B',
    titleKey: 'programme.categoryB.title',
    steps: [{ months: 24, onEmployment: true, key: 'support.ladder.firstB' }, ...lastSteps],
  },
] as const satisfies readonly { category: string; titleKey: MessageKey; steps: readonly LadderStep[] }[];

/** ImmD-study (facts file, "While studying"): the student visa, and work limited to internships. */
export const studyRules = [
  'support.studyVisa',
  'support.studyMainland',
  'support.studyInternships',
  'support.studyNoJobs',
] as const satisfies readonly MessageKey[];

/** ImmD-fees (from 26 Feb 2025) and ImmD's VPAS page (online application, four weeks). */
export const feesAndProcess = [
  'support.feeApplication',
  'support.feeVisa',
  'support.applyOnline',
  'support.processing',
] as const satisfies readonly MessageKey[];

/** ImmD-fees (from 26 Feb 2025), per applicant and per dependant, in HK$. */
export const fees = { application: 600, visaOver180Days: 1300, visaOtherwise: 600 } as const;

/** Which official sources each section of the support page relies on (shown under the section). */
export const supportSources = {
  offers: ['brochure'],
  'fine-print': ['brochure', 'immd'],
  'while-studying': ['immdStudy'],
  'after-arrival': ['immd'],
  fees: ['immdFees', 'immd'],
} as const satisfies Record<string, readonly SourceId[]>;
