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
 * One answer read on its own: its checked value, or what is wrong with it (a job offer can have
 * several things wrong, one per part). Reading an answer is the only place it is parsed: the
 * checker's flow reads each answer once and hands the readings to `checkReadings`.
 */
export type Reading<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Every answer, read. */
export type Readings = { readonly [K in keyof CheckedAnswers]: Reading<CheckedAnswers[K]> };

const value = <T>(checked: T): Reading<T> => ({ ok: true, value: checked });
const error = (field: string, code: ErrorCode): Reading<never> => ({ ok: false, errors: [{ field, code }] });

export type DateField = 'dateOfBirth' | 'graduationDate' | 'applicationDate';

/** A 'YYYY-MM-DD' answer. */
export function readDate(field: DateField, text: unknown): Reading<CalendarDate> {
  const parsed = parseIsoDate(text);
  return typeof parsed === 'string' ? error(field, parsed) : value(parsed);
}

export function readNationality(text: unknown): Reading<string> {
  return typeof text === 'string' && NATIONALITY.test(text) ? value(text) : error('nationality', 'malformed-nationality');
}

export function readProgrammeId(text: unknown): Reading<string> {
  return typeof text === 'string' ? value(text) : error('programmeId', 'malformed-programme-id');
}

export function readIntake(text: unknown): Reading<Intake> {
  const parsed = parseIntake(text);
  return typeof parsed === 'string' ? error('intakeYear', parsed) : value(parsed);
}

/** A yes/no answer: `field` is the answer's name, dotted inside the job offer. */
export function readFlag(field: string, flag: unknown): Reading<boolean> {
  return typeof flag === 'boolean' ? value(flag) : error(field, 'not-boolean');
}

/**
 * The job offer: null for none, or an object whose every part is sound. Its errors come in the
 * order of the fields in `JobOffer`.
 */
export function readJobOffer(offer: unknown): Reading<JobOffer | null> {
  if (offer === null) return value(null);
  if (!isRecord(offer)) return error('jobOffer', 'malformed-job-offer');
  const fullTime = readFlag('jobOffer.fullTime', offer['fullTime']);
  const relevantToProgramme = readFlag('jobOffer.relevantToProgramme', offer['relevantToProgramme']);
  const higherDiplomaLevel = readFlag('jobOffer.higherDiplomaLevel', offer['higherDiplomaLevel']);
  const marketPay = readFlag('jobOffer.marketPay', offer['marketPay']);
  const months = offer['contractMonths'];
  // A contract runs a whole number of months; fractions, NaN and Infinity are typing slips.
  const contractMonths: Reading<number> =
    typeof months === 'number' && Number.isInteger(months) && months >= 0
      ? value(months)
      : error('jobOffer.contractMonths', 'invalid-contract-months');
  const ownBusiness = readFlag('jobOffer.ownBusiness', offer['ownBusiness']);
  const parts = { fullTime, relevantToProgramme, higherDiplomaLevel, marketPay, contractMonths, ownBusiness };
  return combine(parts);
}

/** Every answer read from whatever arrived; a non-object reads as every answer missing. */
export function readAnswers(input: unknown): Readings {
  const read = (key: keyof Answers): unknown => (isRecord(input) ? input[key] : undefined);
  return {
    dateOfBirth: readDate('dateOfBirth', read('dateOfBirth')),
    nationality: readNationality(read('nationality')),
    permittedUnderIANG: readFlag('permittedUnderIANG', read('permittedUnderIANG')),
    programmeId: readProgrammeId(read('programmeId')),
    intake: readIntake(read('intakeYear')),
    graduationDate: readDate('graduationDate', read('graduationDate')),
    applicationDate: readDate('applicationDate', read('applicationDate')),
    jobOffer: readJobOffer(read('jobOffer')),
  };
}

/**
 * The readings as one verdict: the checked answers, or every error, in the order of the fields in
 * `Answers` (and of `JobOffer` within the offer), so the UI can show them in the order it asks the
 * questions. The one check across answers is made here: graduation cannot come before birth.
 */
export function checkReadings(readings: Readings): Validation {
  const { dateOfBirth, nationality, permittedUnderIANG, programmeId, intake, applicationDate, jobOffer } = readings;
  const beforeBirth =
    dateOfBirth.ok && readings.graduationDate.ok && compareDates(readings.graduationDate.value, dateOfBirth.value) < 0;
  const graduationDate = beforeBirth ? error('graduationDate', 'before-birth') : readings.graduationDate;
  // Listed in the order of `Answers`: `combine` keeps it for the errors.
  const ordered = { dateOfBirth, nationality, permittedUnderIANG, programmeId, intake, graduationDate, applicationDate, jobOffer };
  const checked = combine<CheckedAnswers>(ordered);
  return checked.ok ? { ok: true, answers: checked.value } : { ok: false, errors: checked.errors };
}

/**
 * The answers read so far, each on its own: those that read well, as checked values, and nothing
 * for the rest. A graduation before birth is left out, as `checkReadings` would reject it. For
 * asking a rule about the answers it reads before the others are given.
 */
export function knownAnswers(readings: Readings): Partial<CheckedAnswers> {
  const known: Partial<Record<keyof CheckedAnswers, unknown>> = {};
  for (const [key, reading] of Object.entries(readings) as [keyof CheckedAnswers, Reading<unknown>][]) {
    if (reading.ok) known[key] = reading.value;
  }
  const { dateOfBirth, graduationDate } = readings;
  if (dateOfBirth.ok && graduationDate.ok && compareDates(graduationDate.value, dateOfBirth.value) < 0) delete known.graduationDate;
  return known as Partial<CheckedAnswers>;
}

/** Checks every answer and collects every error (see `checkReadings`). */
export function validateAnswers(input: unknown): Validation {
  return checkReadings(readAnswers(input));
}

/** Readings of several parts as the reading of the whole: every part's value, or all their errors in the parts' order. */
function combine<T extends object>(parts: { [K in keyof T]: Reading<T[K]> }): Reading<T> {
  const readings = Object.entries(parts) as [keyof T, Reading<T[keyof T]>][];
  const errors = readings.flatMap(([, reading]) => (reading.ok ? [] : reading.errors));
  if (errors.length > 0) return { ok: false, errors };
  return value(Object.fromEntries(readings.map(([key, reading]) => [key, reading.ok && reading.value])) as T);
}
