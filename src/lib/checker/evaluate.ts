/**
 * From the flow state to what the page shows: nothing yet, the errors to fix (next to each field
 * and in the summary at the top), or the rules' assessment. The policy is the rules'; this only
 * routes their answer names back to the questions that asked them.
 */
import {
  assessChecked,
  checkReadings,
  type Assessment,
  type IntakesByProgramme,
  type CheckedAnswers,
  type ErrorCode,
} from '../eligibility';
import type { Field } from './fields';
import type { Flow, FlowErrorCode } from './flow';

export type CheckerErrorCode = FlowErrorCode | ErrorCode;

export interface FieldError {
  field: Field;
  code: CheckerErrorCode;
}

export type Evaluation =
  | { status: 'empty' }
  | { status: 'errors'; errors: FieldError[] }
  | { status: 'assessed'; answers: CheckedAnswers; assessment: Exclude<Assessment, { outcome: 'invalid' }> };

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
export function evaluate(flow: Flow, catalogue: IntakesByProgramme): Evaluation {
  if (Object.keys(flow.draft).length === 0) return { status: 'empty' };
  const validation = checkReadings(flow.readings);
  if (flow.unanswered.length === 0 && validation.ok) {
    const ranges = flow.dates.ranges ?? undefined;
    return { status: 'assessed', answers: validation.answers, assessment: assessChecked(validation.answers, catalogue, ranges) };
  }

  const fromRules = validation.ok ? [] : validation.errors;
  const errors: FieldError[] = [];
  for (const field of flow.fields) {
    const code = flow.unanswered.find((e) => e.field === field)?.code ?? fromRules.find((e) => fieldOfAnswer(e.field) === field)?.code;
    if (code) errors.push({ field, code });
  }
  return { status: 'errors', errors };
}
