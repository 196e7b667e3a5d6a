/**
 * Academic years of admission ('2026/27') and the graduation deadline each one implies.
 */
import { EARLIEST_YEAR, LATEST_YEAR, formatIsoDate, type CalendarDate } from './dates';

export interface Intake {
  /** as the applicant gave it, e.g. '2026/27' */
  readonly label: string;
  /** the calendar year the academic year starts in, e.g. 2026 */
  readonly firstYear: number;
}

export type IntakeError = 'malformed-intake' | 'out-of-range-intake';

const INTAKE = /^(\d{4})\/(\d{2})$/;

/** Reads a 'YYYY/YY' academic year, or says why it is not one. Never throws. */
export function parseIntake(text: unknown): Intake | IntakeError {
  if (typeof text !== 'string') return 'malformed-intake';
  const match = INTAKE.exec(text);
  if (match === null) return 'malformed-intake';
  const firstYear = Number(match[1]);
  // An academic year spans two consecutive calendar years and writes the second by its last two
  // digits, so '2026/28' is not an academic year, and '2099/00' is (2099 to 2100).
  if (Number(match[2]) !== (firstYear + 1) % 100) return 'malformed-intake';
  if (firstYear < EARLIEST_YEAR || firstYear > LATEST_YEAR) return 'out-of-range-intake';
  return { label: text, firstYear };
}

/**
 * The last graduation date that counts as completing the programme in time.
 *
 * ImmD: "within three academic years after admission". The site's model (facts/vpas.md): the
 * academic year runs 1 September to 31 August, so "an intake of 2026/27 must graduate on or before
 * 31 August 2029": the intake's year and the two after it.
 */
export function latestGraduation(intake: Intake): CalendarDate {
  return { year: intake.firstYear + 3, month: 8, day: 31 };
}

/**
 * The last graduation date ('YYYY-MM-DD') that completes an intake in time, for the UI to show
 * next to the intake question: '2026/27' gives '2029-08-31'. Null when `intakeYear` is not a
 * 'YYYY/YY' academic year. Works for any well-formed intake, eligible or not.
 */
export function latestGraduationDate(intakeYear: string): string | null {
  const intake = parseIntake(intakeYear);
  return typeof intake === 'string' ? null : formatIsoDate(latestGraduation(intake));
}
