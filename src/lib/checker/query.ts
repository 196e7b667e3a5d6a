/**
 * Answers live in the URL's query string, so a result can be shared, reloaded and printed. The
 * query's keys are the form's control names (FIELDS), so a plain GET form writes the same URL the
 * island does, and only the questions that apply are kept: a stale job offer does not linger in
 * the address of a Category A result.
 */
import type { Answers, JobOffer } from '../eligibility';
import {
  FIELDS,
  applicableFields,
  applicationDateOf,
  jobOfferApplies,
  unansweredFields,
  type Draft,
  type Field,
} from './fields';

/** The answers in a query string: known keys only, trimmed, empty ones dropped. */
export function draftFromQuery(params: URLSearchParams): Draft {
  const draft: Draft = {};
  for (const field of FIELDS) {
    const value = params.get(field)?.trim();
    if (value) draft[field] = value;
  }
  return draft;
}

/** The query string for a draft: the answers that apply, in the order the questions are asked. */
export function queryFromDraft(draft: Draft): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of applicableFields(draft)) {
    const value = draft[field];
    if (value) params.set(field, value);
  }
  return params;
}

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

/** A draft holding exactly these answers, with the application day given as a date. */
export function draftFromAnswers(answers: Answers): Draft {
  const draft: Draft = {
    programme: answers.programmeId,
    intake: answers.intakeYear,
    nationality: answers.nationality,
    born: answers.dateOfBirth,
    iang: yesNo(answers.permittedUnderIANG),
    graduated: answers.graduationDate,
    when: 'date',
    apply: answers.applicationDate,
    offer: yesNo(answers.jobOffer !== null),
  };
  const offer = answers.jobOffer;
  if (offer) {
    const ticked: [Field, boolean][] = [
      ['full-time', offer.fullTime],
      ['relevant', offer.relevantToProgramme],
      ['level', offer.higherDiplomaLevel],
      ['pay', offer.marketPay],
    ];
    for (const [field, flag] of ticked) if (flag) draft[field] = 'yes';
    draft.months = String(offer.contractMonths);
    draft['own-business'] = yesNo(offer.ownBusiness);
  }
  return draft;
}

export function queryFromAnswers(answers: Answers): URLSearchParams {
  return queryFromDraft(draftFromAnswers(answers));
}

/** 'yes' is true, 'no' false; anything else is not an answer. */
export function readYesNo(value: string | undefined): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/**
 * The rules' answers as far as the draft gives them. A missing or unreadable choice is left
 * undefined; a malformed date or number is passed on as it is, for the rules' own validation to
 * name (assessEligibility reads every field as unknown and never throws).
 */
export function rawAnswersFromDraft(draft: Draft): Record<keyof Answers, unknown> {
  return {
    dateOfBirth: draft.born,
    nationality: draft.nationality,
    permittedUnderIANG: readYesNo(draft.iang),
    programmeId: draft.programme,
    intakeYear: draft.intake,
    graduationDate: draft.graduated,
    applicationDate: applicationDateOf(draft),
    jobOffer: jobOfferFromDraft(draft),
  };
}

/** Null when the offer does not matter or there is none; undefined when the question is unanswered. */
function jobOfferFromDraft(draft: Draft): Record<keyof JobOffer, unknown> | null | undefined {
  if (!jobOfferApplies(draft)) return null;
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

/**
 * The answers in a query string when every question that applies has an answer, null otherwise.
 * Dates, codes and the contract's length are passed on as given, for the rules to check: an
 * impossible date makes `assessEligibility` answer 'invalid', naming the field.
 */
export function answersFromQuery(params: URLSearchParams): Answers | null {
  const draft = draftFromQuery(params);
  if (unansweredFields(draft).length > 0) return null;
  // Every answer that applies is present and every choice is one offered, so the booleans are
  // booleans and only text the rules validate remains unchecked.
  return rawAnswersFromDraft(draft) as unknown as Answers;
}
