/**
 * From the flow state to what the page shows: the questions (nothing to say yet), the errors to
 * fix (next to each field and in the summary at the top), an answer that rules the student out, or
 * the rules' assessment. The policy is the rules'; this only routes their answer names back to the
 * questions that asked them.
 */
import {
  assessChecked,
  checkReadings,
  type Assessment,
  type IntakesByProgramme,
  type CheckedAnswers,
  type DecisiveRuleId,
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
  | { status: 'questions' }
  | { status: 'errors'; errors: FieldError[] }
  | { status: 'ruled-out'; rules: readonly DecisiveRuleId[] }
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
 * What to show for a flow. `submitted`: the student asked for the result (they pressed the button,
 * or came back to a page where they had); otherwise the answers came from a link, such as a
 * programme page's, which pre-selects a programme without asking for the rest yet.
 *
 * - an answer that rules the student out ends it: 'ruled-out', even with earlier questions left
 *   unanswered (they no longer matter), once submitted or when every question up to it is answered;
 * - answers from a link that leave questions unanswered: 'questions', the form as filled in;
 * - every problem at once (GOV.UK: the summary lists them all), at most one per question, in the
 *   order the questions are asked. A missing answer is 'required' rather than the rules'
 *   'malformed' code. Errors on questions that do not apply are consequences of another answer (an
 *   application day derived from an unreadable graduation date) and are left to that answer's own
 *   error. An empty submission is every question unanswered;
 * - otherwise the rules' assessment.
 */
export function evaluate(flow: Flow, catalogue: IntakesByProgramme, { submitted = true } = {}): Evaluation {
  const complete = flow.unanswered.length === 0;
  if (flow.ruledOut && (submitted || complete)) return { status: 'ruled-out', rules: flow.ruledOut.rules };
  if (!submitted && !complete) return { status: 'questions' };
  const validation = checkReadings(flow.readings);
  if (complete && validation.ok) {
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
