/**
 * The checker's flow state: one draft, read once. Which questions apply, which still lack a usable
 * answer, the dates the answers imply and each answer as the rules read it are all computed here,
 * in one pass, and everything else (the URL, the evaluation, the result, the island) reads them
 * from the `Flow` instead of working them out again. As in GOV.UK smart-answers, "which question
 * next" is decided here and nowhere else.
 *
 * Room to grow, without changing the walk:
 * - an outcome that is neither eligible nor ineligible (an intake whose list is not published) is
 *   the rules' to return (eligibility/index.ts, `assessChecked`); the flow already has the intake read;
 * - an earliest application day later than a window's first day (a student who turns 18 inside
 *   it) belongs in derived-dates.ts, `applicationDay`, which has the date of birth read beside it;
 * - ruling out early, as soon as one answer decides it: `readings` holds each answer on its own,
 *   so a rule can be asked about the answers it reads before the others are given;
 * - a timeline of the student's own dates: `dates.ranges` holds both windows (Category B's last
 *   day is the 12-month deadline), counted once.
 */
import {
  readFlag,
  readIntake,
  readJobOffer,
  readNationality,
  readProgrammeId,
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

export interface Flow {
  /** The answers as given. */
  readonly draft: Draft;
  /** The plan chosen for the application day, when it is one the question offers. */
  readonly plan: Plan | undefined;
  readonly dates: DerivedDates;
  /**
   * Whether the job offer matters. ImmD: only Category B, "in the 7th to 12th month after the date
   * of graduation", needs one; Category A needs "no job offer". So the offer is asked when the
   * student aims for B, or when the day they gave falls in B's window.
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
}

/** The questions every student answers. */
const ALWAYS: readonly Field[] = ['programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when'];

export function readFlow(draft: Draft): Flow {
  const plan = isPlan(draft.when) ? draft.when : undefined;
  const dates = deriveDates(draft, plan);
  const offerApplies = plan === 'b' || (plan === 'date' && dates.applicationInB);
  const fields = applicableFields(draft, plan, offerApplies);
  const required = fields.filter((field) => !isOfferTerm(field));
  return {
    draft,
    plan,
    dates,
    offerApplies,
    fields,
    required,
    unanswered: unansweredOf(draft, required),
    readings: {
      dateOfBirth: dates.born,
      nationality: readNationality(draft.nationality),
      permittedUnderIANG: readFlag('permittedUnderIANG', readYesNo(draft.iang)),
      programmeId: readProgrammeId(draft.programme),
      intake: readIntake(draft.intake),
      graduationDate: dates.graduated,
      applicationDate: dates.application,
      jobOffer: readJobOffer(offerOf(draft, offerApplies)),
    },
  };
}

function applicableFields(draft: Draft, plan: Plan | undefined, offerApplies: boolean): Field[] {
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
