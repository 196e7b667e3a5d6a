/**
 * Which dictionary entry says what: typed maps from the flow's and the rules' ids to message keys,
 * so a new rule, error code or question without its words is a compile error, not a blank.
 */
import type { Dictionary, Locale, MessageKey } from '../../i18n';
import { ERROR_CODES, RULE_IDS, type Category, type IntakesByProgramme, type RuleId } from '../eligibility';
import type { SourceId } from '../sources';
import type { CheckerErrorCode } from './evaluate';
import type { Field } from './fields';
import { FLOW_ERROR_CODES } from './flow';
import { RESULT_OUTCOMES, type ReasonId, type ResultOutcome, type SummaryRowId } from './result';

/**
 * `{ [id]: key(id) }` for every id: the dictionary keys of a family of sentences, one per id. The
 * key is a template type (`checker.failed.${RuleId}`), so `satisfies Record<Id, MessageKey>` below
 * fails to compile when a dictionary lacks the sentence for a new rule or code.
 */
function keysFor<Id extends string, Key extends string>(ids: readonly Id[], key: (id: Id) => Key) {
  return Object.fromEntries(ids.map((id) => [id, key(id)])) as { readonly [K in Id]: Key };
}

const REASON_IDS = [
  'age-on-the-day',
  'age-after-last-day',
  'nationality',
  'iang',
  'intake',
  'programme',
  'completion',
  'window-before',
  'window-after',
  'job-offer',
] as const satisfies readonly ReasonId[];

/** The sentence explaining why a negative result is negative, one per reason. */
export const REASON_KEYS = keysFor(REASON_IDS, (id) => `checker.failed.${id}` as const) satisfies Record<ReasonId, MessageKey>;

/** Each result's heading, which also leads the page's title. */
export const RESULT_TITLE_KEYS = keysFor(RESULT_OUTCOMES, (id) => `checker.result.${id}.title` as const) satisfies Record<
  ResultOutcome,
  MessageKey
>;

/** A way in by name, as the windows list and the earliest day's sentence say it. */
export const CATEGORY_KEYS = {
  'category-a': 'checker.windows.a',
  'category-b': 'checker.windows.b',
} as const satisfies Record<Category, MessageKey>;

/** The rule as a condition to meet, for the checklist the page shows without script. */
export const CHECKLIST_RULE_KEYS = keysFor(RULE_IDS, (id) => `checker.rule.${id}` as const) satisfies Record<RuleId, MessageKey>;

/** One sentence per invalid-input code; `{field}` is the question's short name. */
export const ERROR_KEYS = keysFor([...FLOW_ERROR_CODES, ...ERROR_CODES], (code) => `checker.error.${code}` as const) satisfies Record<
  CheckerErrorCode,
  MessageKey
>;

/** A question's short name, for "your answers" and inside error messages. */
export const FIELD_NAME_KEYS = {
  programme: 'checker.field.programme',
  intake: 'checker.field.intake',
  nationality: 'checker.field.nationality',
  born: 'checker.field.born',
  iang: 'checker.field.iang',
  graduated: 'checker.field.graduated',
  when: 'checker.field.when',
  apply: 'checker.field.apply',
  offer: 'checker.field.offer',
  terms: 'checker.field.terms',
  'full-time': 'checker.field.terms',
  relevant: 'checker.field.terms',
  level: 'checker.field.terms',
  pay: 'checker.field.terms',
  months: 'checker.field.months',
  'own-business': 'checker.field.own-business',
} as const satisfies Record<Field | SummaryRowId, MessageKey>;

/**
 * The sources the checker's statements rely on: ImmD's VPAS page (the rules, the proofs, the
 * online application), its fees page, the VTC's list of programmes by intake, and the VTC's
 * brochure (the 2026/27 intake and its programmes, which ImmD's page does not name). The page lists
 * them, and the result's "information as of" date is the newest of them.
 */
export const CHECKER_SOURCES = ['immd', 'immdFees', 'vtc', 'brochure'] as const satisfies readonly SourceId[];

/** Keys outside the checker's block that the island also writes. */
const SHARED_KEYS = ['sources.asOf', 'list.separator'] as const satisfies readonly MessageKey[];

/**
 * The part of one locale's dictionary the island needs, to be embedded in the page as JSON: the
 * checker's own keys and the few shared ones, not the whole site's words.
 */
export function islandWords(dictionary: Dictionary): Partial<Record<MessageKey, string>> {
  const keys = (Object.keys(dictionary) as MessageKey[]).filter(
    (key) => key.startsWith('checker.') || (SHARED_KEYS as readonly string[]).includes(key),
  );
  return Object.fromEntries(keys.map((key) => [key, dictionary[key]]));
}

/** Everything the island reads from the page's JSON data block (written by CheckerData.astro). */
export interface IslandData {
  locale: Locale;
  /** programme id -> eligible intakes, from the content: the rules' catalogue */
  catalogue: IntakesByProgramme;
  words: Partial<Record<MessageKey, string>>;
  /** 'YYYY-MM-DD': the newest "as of" date of the sources the result relies on */
  asOf: string;
  /** ImmD's VPAS page in the reader's language, cited by every failed rule */
  immdUrl: string | null;
  /** The VTC's VPAS site, where its list of eligible programmes for each intake appears */
  vtcUrl: string | null;
  /** 'YYYY-MM-DD': the revision of ImmD's page, named where an intake rests on the brochure alone */
  immdAsOf: string;
  /** The questions the result links to (issue 12), by outcome: their text and anchors in the reader's language. */
  questions: { eligible: QuestionLink[]; notEligible: QuestionLink[] };
}

/** A link to a question on the questions page. */
export interface QuestionLink {
  href: string;
  text: string;
}
