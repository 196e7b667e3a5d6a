/**
 * Turns the answers as they arrive (from a form, a URL, a test's garbage) into checked values, or
 * into the complete list of what is wrong with them. The rules only ever see checked values, so
 * none of them has to guard against a malformed date, and nothing here throws: every field is read
 * as `unknown`, whatever the static type claims.
 */
import type { Answers, JobOffer } from './contract';
import { compareDates, parseIsoDate, type CalendarDate } from './dates';
import { parseIntake, type Intake } from './intake';

/** Stable codes the UI maps to words; never shown as they are. */
export const ERROR_CODES = [
  'malformed-date', // not 'YYYY-MM-DD' ('2027-2-3', '', a number)
  'impossible-date', // no such day ('2027-02-30', '2027-13-01')
  'out-of-range-date', // a year outside 1900-2999
  'before-birth', // graduationDate earlier than dateOfBirth
  'malformed-intake', // not 'YYYY/YY' with consecutive years ('2026/28', '2026-27')
  'out-of-range-intake', // a first year outside 1900-2999
  'malformed-nationality', // not two letters A-Z ('cn', 'CHN')
  'malformed-programme-id', // not a string
  'not-boolean', // a yes/no answer that is not true or false
  'malformed-job-offer', // neither null nor an object
  'invalid-contract-months', // negative, fractional, NaN or infinite
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** `field` is the answer's name, dotted inside the job offer: 'jobOffer.contractMonths'. */
export interface FieldError {
  field: string;
  code: ErrorCode;
}

/** The answers once every field has been checked; dates and the intake are parsed. */
export interface CheckedAnswers {
  readonly dateOfBirth: CalendarDate;
  readonly nationality: string;
  readonly permittedUnderIANG: boolean;
  readonly programmeId: string;
  readonly intake: Intake;
  readonly graduationDate: CalendarDate;
  readonly applicationDate: CalendarDate;
  readonly jobOffer: JobOffer | null;
}

export type Validation = { ok: true; answers: CheckedAnswers } | { ok: false; errors: FieldError[] };

// The contract says upper case, so 'cn' is an error rather than something to guess at. Only the
// shape is checked: a well-formed code that ISO never assigned is simply not an excluded one.
const NATIONALITY = /^[A-Z]{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Checks every answer and collects every error, in the order of the fields in `Answers` (and of
 * `JobOffer` within the offer), so the UI can show them in the order it asks the questions.
 */
export function validateAnswers(input: unknown): Validation {
  const errors: FieldError[] = [];
  // A non-object `input` reads as all fields missing, so each one reports its own error.
  const read = (key: keyof Answers): unknown => (isRecord(input) ? input[key] : undefined);
  const fail = (field: string, code: ErrorCode): undefined => {
    errors.push({ field, code });
    return undefined;
  };
  const date = (key: 'dateOfBirth' | 'graduationDate' | 'applicationDate') => {
    const parsed = parseIsoDate(read(key));
    return typeof parsed === 'string' ? fail(key, parsed) : parsed;
  };
  const flag = (field: string, value: unknown) =>
    typeof value === 'boolean' ? value : fail(field, 'not-boolean');

  const dateOfBirth = date('dateOfBirth');
  const nationalityText = read('nationality');
  const nationality =
    typeof nationalityText === 'string' && NATIONALITY.test(nationalityText)
      ? nationalityText
      : fail('nationality', 'malformed-nationality');
  const permittedUnderIANG = flag('permittedUnderIANG', read('permittedUnderIANG'));
  const programmeText = read('programmeId');
  const programmeId =
    typeof programmeText === 'string' ? programmeText : fail('programmeId', 'malformed-programme-id');
  const parsedIntake = parseIntake(read('intakeYear'));
  const intake = typeof parsedIntake === 'string' ? fail('intakeYear', parsedIntake) : parsedIntake;
  let graduationDate = date('graduationDate');
  if (dateOfBirth && graduationDate && compareDates(graduationDate, dateOfBirth) < 0) {
    graduationDate = fail('graduationDate', 'before-birth');
  }
  const applicationDate = date('applicationDate');
  const jobOffer = checkJobOffer(read('jobOffer'), fail, flag);

  if (
    errors.length === 0 &&
    dateOfBirth && nationality !== undefined && permittedUnderIANG !== undefined && programmeId !== undefined &&
    intake && graduationDate && applicationDate && jobOffer !== undefined
  ) {
    const answers = { dateOfBirth, nationality, permittedUnderIANG, programmeId, intake };
    return { ok: true, answers: { ...answers, graduationDate, applicationDate, jobOffer } };
  }
  return { ok: false, errors };
}

/** A copy of the offer when every part of it is sound, null for no offer, undefined after errors. */
function checkJobOffer(
  value: unknown,
  fail: (field: string, code: ErrorCode) => undefined,
  flag: (field: string, value: unknown) => boolean | undefined,
): JobOffer | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return fail('jobOffer', 'malformed-job-offer');
  // Checked in the order of the fields in `JobOffer`, so the errors come out in that order too.
  const fullTime = flag('jobOffer.fullTime', value['fullTime']);
  const relevantToProgramme = flag('jobOffer.relevantToProgramme', value['relevantToProgramme']);
  const higherDiplomaLevel = flag('jobOffer.higherDiplomaLevel', value['higherDiplomaLevel']);
  const marketPay = flag('jobOffer.marketPay', value['marketPay']);
  const months = value['contractMonths'];
  // A contract runs a whole number of months; fractions, NaN and Infinity are typing slips.
  const contractMonths =
    typeof months === 'number' && Number.isInteger(months) && months >= 0
      ? months
      : fail('jobOffer.contractMonths', 'invalid-contract-months');
  const ownBusiness = flag('jobOffer.ownBusiness', value['ownBusiness']);
  if (
    fullTime === undefined || relevantToProgramme === undefined || higherDiplomaLevel === undefined ||
    marketPay === undefined || ownBusiness === undefined || contractMonths === undefined
  ) {
    return undefined;
  }
  return { fullTime, relevantToProgramme, higherDiplomaLevel, marketPay, contractMonths, ownBusiness };
}
