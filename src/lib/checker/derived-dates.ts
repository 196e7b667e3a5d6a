/**
 * The dates the answers imply, computed once per draft: the date of birth and the graduation date
 * read, the two windows graduation opens, the earliest day the student may apply, and the day the
 * rules take as the application day. Everything that needs a window (which questions apply, the
 * rules, the result, a timeline of the student's own dates) reads it from here rather than
 * counting it again.
 */
import {
  compareDates,
  earliestApplication,
  isWithin,
  rangesAfterGraduation,
  readDate,
  type CalendarDate,
  type CategoryRanges,
  type EarliestDay,
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
   * The first day the student may apply, as age and the windows decide (the rules'
   * `earliestApplication`): graduation day, or the 18th birthday when later. Null when the 18th
   * birthday comes after every window; undefined until both dates are real dates.
   */
  readonly earliest: EarliestDay | null | undefined;
  /**
   * The day the rules are given as the application day: the day chosen; or, for a student who only
   * knows the window they aim for, the first day of it on which they are 18 (for Category A that
   * may be a day in B's window, when the 18th birthday comes after A's). Unreadable while the plan
   * or the graduation date is.
   */
  readonly application: Reading<CalendarDate>;
  /** Whether the application day is in Category B's window, the one that needs a job offer. */
  readonly applicationInB: boolean;
}

export function deriveDates(draft: Draft, plan: Plan | undefined): DerivedDates {
  const born = readDate('dateOfBirth', draft.born);
  const graduated = readDate('graduationDate', draft.graduated);
  const ranges = graduated.ok ? rangesAfterGraduation(graduated.value) : null;
  const earliest = ranges && born.ok ? earliestApplication(born.value, ranges) : undefined;
  const application = applicationDay(draft, plan, ranges, earliest);
  const applicationInB =
    ranges !== null && application.ok && isWithin(application.value, ranges.categoryB.from, ranges.categoryB.to);
  return { born, graduated, ranges, earliest, application, applicationInB };
}

/** The day chosen, read; or the chosen window's first day, moved on to the 18th birthday if that is later. */
function applicationDay(
  draft: Draft,
  plan: Plan | undefined,
  ranges: CategoryRanges | null,
  earliest: EarliestDay | null | undefined,
): Reading<CalendarDate> {
  if (plan === 'date') return readDate('applicationDate', draft.apply);
  const window = plan === 'a' ? ranges?.categoryA : plan === 'b' ? ranges?.categoryB : undefined;
  // No day to give yet: the rules' reading of a missing date says so (the question that is
  // really unanswered, the plan or the graduation date, carries the error the student sees).
  if (!window) return readDate('applicationDate', undefined);
  // ImmD: 18 "on the day the VPAS application is submitted". With no day that works (earliest is
  // null), the window's first day stands, and the age rule says why it fails.
  const day = earliest && compareDates(earliest.day, window.from) > 0 ? earliest.day : window.from;
  return { ok: true, value: day };
}
