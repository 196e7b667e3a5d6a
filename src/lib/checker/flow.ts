/**
 * The checker's flow state: one draft, read once. Which questions apply, which still lack a usable
 * answer, the dates the answers imply, each answer as the rules read it, and whether an answer
 * already rules the student out are all computed here, in one pass, and everything else (the URL,
 * the evaluation, the result, the island) reads them from the `Flow` instead of working them out
 * again. As in GOV.UK smart-answers, "which question next" is decided here and nowhere else, and
 * an answer that decides the outcome ends the questions.
 */
import {
  decisiveFailures,
  DECISIVE_READS,
  knownAnswers,
  readFlag,
  readIntake,
  readJobOffer,
  readNationality,
  readProgrammeId,
  type CheckedAnswers,
  type DecisiveRuleId,
  type IntakesByProgramme,
  type JobOffer,
  type Readings,
} from '../eligibility';
import { OFFER_TERMS, choicesOf, isOfferTerm, isPlan, readYesNo, type Plan } from './choices';
import { deriveDates, type DerivedDates } from './derived-dates';
import { FIELDS, type Draft, type Field } from './fields';

/** Why a question's answer cannot be used, before any rule looks at it. */
export const FLOW_ERROR_CODES = ['required', 'invalid-choice'] as const;
export type FlowErrorCode = (typeof FLOW_ERROR_CODES)[number];

export interface FlowError {
  field: Field;
  code: FlowErrorCode;
}

/** Answers that rule the student out whatever day they apply: the rules that fail, and the question that settled it. */
export interface RuledOut {
  /** The decisive rules that fail on the answers up to `at`, in RULE_IDS order. */
  readonly rules: readonly DecisiveRuleId[];
  /** The earliest question by which a rule is settled: the questions end with it. */
  readonly at: Field;
}

export interface Flow {
  /** The answers as given. */
  readonly draft: Draft;
  /** The plan chosen for the application day, when it is one the question offers. */
  readonly plan: Plan | undefined;
  readonly dates: DerivedDates;
  /**
   * Whether the job offer matters. ImmD: only Category B, "in the 7th to 12th month after the date
   * of graduation", needs one; Category A needs "no job offer". So the offer is asked when the
   * student aims for B, or when the day they gave (or the first day they are 18) falls in B's window.
   */
  readonly offerApplies: boolean;
  /** The questions that apply to these answers, in the order they are asked. */
  readonly fields: readonly Field[];
  /** The questions a student must answer: all that apply, except tick boxes (unticked is an answer). */
  readonly required: readonly Field[];
  /**
   * The questions that apply but have no usable answer: missing ('required'), or a choice the
   * question does not offer ('invalid-choice', from a hand-edited URL). Dates, numbers and codes
   * are the rules' business: their readings name what is wrong with them more precisely.
   */
  readonly unanswered: readonly FlowError[];
  /** Each answer as the rules read it; the job offer is null where it does not matter. */
  readonly readings: Readings;
  /** The answers that read well so far, for sentences about them before every answer is in. */
  readonly known: Partial<CheckedAnswers>;
  /** Set when the answers given already rule the student out. */
  readonly ruledOut: RuledOut | null;
}

/** The questions every student answers (unless an earlier answer ends the questions). */
const ALWAYS: readonly Field[] = ['programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when'];

/** The question that asks each answer the rules read. */
const QUESTION_OF = {
  dateOfBirth: 'born',
  nationality: 'nationality',
  permittedUnderIANG: 'iang',
  programmeId: 'programme',
  intake: 'intake',
  graduationDate: 'graduated',
  applicationDate: 'apply',
  jobOffer: 'offer',
} as const satisfies Record<keyof CheckedAnswers, Field>;

/** The question by which a decisive rule is settled: the last of those asking what it reads. */
function settledAt(rule: DecisiveRuleId): Field {
  const asked = DECISIVE_READS[rule].map((answer) => FIELDS.indexOf(QUESTION_OF[answer]));
  return FIELDS[Math.max(...asked)] ?? 'programme';
}

/** The questions after which the questions may end: a ruled-out notice goes after each. */
export const RULING_OUT_QUESTIONS: readonly Field[] = FIELDS.filter((field) =>
  (Object.keys(DECISIVE_READS) as DecisiveRuleId[]).some((rule) => settledAt(rule) === field),
);

export function readFlow(draft: Draft, catalogue: IntakesByProgramme): Flow {
  const plan = isPlan(draft.when) ? draft.when : undefined;
  const dates = deriveDates(draft, plan);
  const answers = {
    dateOfBirth: dates.born,
    nationality: readNationality(draft.nationality),
    permittedUnderIANG: readFlag('permittedUnderIANG', readYesNo(draft.iang)),
    programmeId: readProgrammeId(draft.programme),
    intake: readIntake(draft.intake),
    graduationDate: dates.graduated,
    applicationDate: dates.application,
  };
  // The offer is not among what a decisive rule reads, so whether one rules out is known first.
  const known = knownAnswers({ ...answers, jobOffer: readJobOffer(null) });
  const ruledOut = ruledOutBy(decisiveFailures(known, catalogue));
  const offerApplies = ruledOut === null && (plan === 'b' || (plan !== undefined && dates.applicationInB));
  const fields = applicableFields(draft, plan, offerApplies, ruledOut);
  const required = fields.filter((field) => !isOfferTerm(field));
  const readings = { ...answers, jobOffer: readJobOffer(offerOf(draft, offerApplies)) };
  return {
    draft,
    plan,
    dates,
    offerApplies,
    fields,
    required,
    unanswered: unansweredOf(draft, required),
    readings,
    known: { ...known, jobOffer: readings.jobOffer.ok ? readings.jobOffer.value : null },
    ruledOut,
  };
}

/** The first question that settles a failing rule, and every rule it settles. */
function ruledOutBy(failures: readonly DecisiveRuleId[]): RuledOut | null {
  if (failures.length === 0) return null;
  const at = FIELDS.find((field) => failures.some((rule) => settledAt(rule) === field)) ?? 'programme';
  return { rules: failures.filter((rule) => settledAt(rule) === at), at };
}

function applicableFields(draft: Draft, plan: Plan | undefined, offerApplies: boolean, ruledOut: RuledOut | null): Field[] {
  // An answer that rules the student out ends the questions: none after it applies.
  if (ruledOut) return ALWAYS.slice(0, ALWAYS.indexOf(ruledOut.at) + 1);
  const fields = [...ALWAYS];
  if (plan === 'date') fields.push('apply');
  if (offerApplies) {
    fields.push('offer');
    if (draft.offer === 'yes') fields.push(...OFFER_TERMS, 'months', 'own-business');
  }
  return FIELDS.filter((field) => fields.includes(field));
}

function unansweredOf(draft: Draft, required: readonly Field[]): FlowError[] {
  const problems: FlowError[] = [];
  for (const field of required) {
    const value = draft[field];
    const choices = choicesOf(field);
    if (value === undefined) problems.push({ field, code: 'required' });
    else if (choices && !choices.includes(value)) problems.push({ field, code: 'invalid-choice' });
  }
  return problems;
}

/**
 * The offer as the rules take it: null when it does not matter or there is none, undefined when
 * the question is unanswered (which the rules report as a malformed offer). Each part is passed on
 * as given, for the rules' reading to name what is wrong with it.
 */
function offerOf(draft: Draft, offerApplies: boolean): Record<keyof JobOffer, unknown> | null | undefined {
  if (!offerApplies) return null;
  const hasOffer = readYesNo(draft.offer);
  if (hasOffer !== true) return hasOffer === false ? null : undefined;
  return {
    fullTime: draft['full-time'] === 'yes',
    relevantToProgramme: draft.relevant === 'yes',
    higherDiplomaLevel: draft.level === 'yes',
    marketPay: draft.pay === 'yes',
    // Number('24') is 24; Number('two') is NaN, which the rules report as 'invalid-contract-months'.
    contractMonths: draft.months === undefined ? undefined : Number(draft.months),
    ownBusiness: readYesNo(draft['own-business']),
  };
}
