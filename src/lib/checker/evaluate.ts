/**
 * From a draft to what the page shows: nothing yet, the errors to fix (next to each field and in
 * the summary at the top), or the rules' assessment. The policy is assessEligibility's; this only
 * routes its field names back to the questions that asked them.
 */
import { assessEligibility, type Answers, type Assessment, type Catalogue, type ErrorCode } from '../eligibility';
import { applicableFields, unansweredFields, type Draft, type Field, type FlowErrorCode } from './fields';
import { rawAnswersFromDraft } from './query';

export type CheckerErrorCode = FlowErrorCode | ErrorCode;

export interface FieldError {
  field: Field;
  code: CheckerErrorCode;
}

export type Evaluation =
  | { status: 'empty' }
  | { status: 'errors'; errors: FieldError[] }
  | { status: 'assessed'; answers: Answers; assessment: Exclude<Assessment, { outcome: 'invalid' }> };

/** The question that asked each answer the rules name ('jobOffer.contractMonths' -> 'months'). */
const FIELD_OF_ANSWER: Readonly<Record<string, Field>> = {
  dateOfBirth: 'born',
  nationality: 'nationality',
  permittedUnderIANG: 'iang',
  programmeId: 'programme',
  intakeYear: 'intake',
  graduationDate: 'graduated',
  applicationDate: 'apply',
  jobOffer: 'offer',
  'jobOffer.fullTime': 'full-time',
  'jobOffer.relevantToProgramme': 'relevant',
  'jobOffer.higherDiplomaLevel': 'level',
  'jobOffer.marketPay': 'pay',
  'jobOffer.contractMonths': 'months',
  'jobOffer.ownBusiness': 'own-business',
};

export function fieldOfAnswer(path: string): Field | undefined {
  return Object.hasOwn(FIELD_OF_ANSWER, path) ? FIELD_OF_ANSWER[path] : undefined;
}

/**
 * Every problem at once (GOV.UK: the summary lists them all), at most one per question, in the
 * order the questions are asked. A missing answer is 'required' rather than the rules' 'malformed'
 * code. Errors on questions that do not apply are consequences of another answer (an application
 * day derived from an unreadable graduation date) and are left to that answer's own error.
 */
export function evaluate(draft: Draft, catalogue: Catalogue): Evaluation {
  if (Object.keys(draft).length === 0) return { status: 'empty' };
  const raw = rawAnswersFromDraft(draft);
  // assessEligibility validates whatever it is given and never throws: its contract.
  const assessment = assessEligibility(raw as unknown as Answers, catalogue);
  const flow = unansweredFields(draft);
  if (flow.length === 0 && assessment.outcome !== 'invalid') {
    return { status: 'assessed', answers: raw as unknown as Answers, assessment };
  }

  const fromRules = assessment.outcome === 'invalid' ? assessment.errors : [];
  const errors: FieldError[] = [];
  for (const field of applicableFields(draft)) {
    const own = flow.find((e) => e.field === field);
    const rule = fromRules.find((e) => fieldOfAnswer(e.field) === field);
    // The rules' codes are ERROR_CODES; the cast only narrows the contract's `string`.
    const code = own?.code ?? (rule?.code as ErrorCode | undefined);
    if (code) errors.push({ field, code });
  }
  return { status: 'errors', errors };
}
