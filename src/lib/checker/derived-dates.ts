/**
 * The dates the answers imply, computed once per draft: the date of birth and the graduation date
 * read, the two windows graduation opens, and the day the rules take as the application day.
 * Everything that needs a window (which questions apply, the rules, the result, a timeline of the
 * student's own dates) reads it from here rather than counting it again.
 */
import {
  isWithin,
  rangesAfterGraduation,
  readDate,
  type CalendarDate,
  type CategoryRanges,
  type Reading,
} from '../eligibility';
import type { Plan } from './choices';
import type { Draft } from './fields';

export interface DerivedDates {
  /** The date of birth, read. */
  readonly born: Reading<CalendarDate>;
  /** The graduation date, read: the date on the certificate, from which both windows count. */
  readonly graduated: Reading<CalendarDate>;
  /** Category A's and B's windows; null until the graduation date is a real date. */
  readonly ranges: CategoryRanges | null;
  /**
   * The day the rules are given as the application day: the day chosen, or for a student who only
   * knows the window, its first day (the earliest they could apply; the result shows the whole
   * window). Unreadable while the plan or the graduation date is.
   */
  readonly application: Reading<CalendarDate>;
  /** Whether the application day is in Category B's window, the one that needs a job offer. */
  readonly applicationInB: boolean;
}

export function deriveDates(draft: Draft, plan: Plan | undefined): DerivedDates {
  const born = readDate('dateOfBirth', draft.born);
  const graduated = readDate('graduationDate', draft.graduated);
  const ranges = graduated.ok ? rangesAfterGraduation(graduated.value) : null;
  const application = applicationDay(draft, plan, ranges);
  const applicationInB =
    ranges !== null && application.ok && isWithin(application.value, ranges.categoryB.from, ranges.categoryB.to);
  return { born, graduated, ranges, application, applicationInB };
}

/** The day chosen, read; or the chosen window's first day. */
function applicationDay(draft: Draft, plan: Plan | undefined, ranges: CategoryRanges | null): Reading<CalendarDate> {
  if (plan === 'date') return readDate('applicationDate', draft.apply);
  const window = plan === 'a' ? ranges?.categoryA : plan === 'b' ? ranges?.categoryB : undefined;
  // No day to give yet: the rules' reading of a missing date says so (the question that is
  // really unanswered, the plan or the graduation date, carries the error the student sees).
  return window ? { ok: true, value: window.from } : readDate('applicationDate', undefined);
}
