/**
 * The student's own dates after an eligible result, as the timeline lists them and the calendar
 * file holds them: each entry is a day from the rules' `studentPlan`, the rule it cites, and whether
 * it is part of the usual path after arrival (which the result labels as such). Pure: the island
 * turns entries into elements, `timelineEvents` into a calendar file.
 */
import {
  formatIsoDate,
  studentPlan,
  type CalendarDate,
  type PlanRule,
  type StudentPlan,
} from '../eligibility';
import type { CalendarEvent } from '../ics';
import type { Flow } from './flow';
import type { Shown } from './result';

export const TIMELINE_IDS = ['category-a-last', 'category-b-window', 'last-day', 'extension', 'seven-years'] as const;
export type TimelineId = (typeof TIMELINE_IDS)[number];

export interface TimelineEntry {
  id: TimelineId;
  /** Unique in one timeline ('extension-2'): the calendar event's UID is made from it. */
  key: string;
  /** The entry's day, 'YYYY-MM-DD': the one a calendar event falls on. */
  date: string;
  rule: PlanRule;
  /** Part of the usual path after arrival: labelled "if each stay is granted in full". */
  usual: boolean;
  /** Values its sentence names: dates 'YYYY-MM-DD' (to, expires) and numbers (n, months). */
  values: { dates: Record<string, string>; text: Record<string, string> };
}

/**
 * The student's dates for an eligible result (Category A or B), null for any other: the rules'
 * `studentPlan` from the windows and earliest day the flow already has, the application day and,
 * for Category B, the contract's length.
 */
export function planOf(evaluation: Shown, flow: Flow): StudentPlan | null {
  if (evaluation.status !== 'assessed') return null;
  const { assessment, answers } = evaluation;
  const { ranges, earliest } = flow.dates;
  if ((assessment.outcome !== 'category-a' && assessment.outcome !== 'category-b') || !ranges || !earliest) return null;
  const category = assessment.outcome;
  const contractMonths = category === 'category-b' ? (answers.jobOffer?.contractMonths ?? null) : null;
  return studentPlan({ ranges, earliest: earliest.day, applicationDate: answers.applicationDate, category, contractMonths });
}

/** The plan as timeline entries, in date order: the windows first, then the usual path. */
export function timelineEntries(plan: StudentPlan): TimelineEntry[] {
  const iso = (day: CalendarDate) => formatIsoDate(day);
  const entry = (id: TimelineId, day: CalendarDate, rule: PlanRule, usual: boolean, values: Partial<TimelineEntry['values']> = {}, key: string = id): TimelineEntry =>
    ({ id, key, date: iso(day), rule, usual, values: { dates: values.dates ?? {}, text: values.text ?? {} } });
  const entries: TimelineEntry[] = [];
  if (plan.categoryALast) entries.push(entry('category-a-last', plan.categoryALast, 'category-a-window', false));
  entries.push(entry('category-b-window', plan.categoryB.from, 'category-b-window', false, { dates: { to: iso(plan.categoryB.to) } }));
  entries.push(entry('last-day', plan.lastDay, 'twelve-months', false));
  plan.grants.forEach((grant, index) => {
    const next = plan.grants[index + 1];
    if (!grant.extensionFrom || !next) return;
    const n = String(index + 1);
    const values = { dates: { expires: iso(grant.expires) }, text: { n, months: String(next.months) } };
    entries.push(entry('extension', grant.extensionFrom, 'extension', true, values, `extension-${n}`));
  });
  entries.push(entry('seven-years', plan.sevenYears, 'seven-years', true));
  return entries;
}

export interface EventWords {
  /** The event's title and text for an entry, in the reader's language. */
  summary: (entry: TimelineEntry) => string;
  description: (entry: TimelineEntry) => string;
}

/** Days before each date that a calendar reminds the student: "a few weeks", time to get a proof from the VTC. */
export const REMINDER_DAYS = 21;

/**
 * One all-day event per entry, each with the result's address. The UID is the entry's key and the
 * graduation date (every date counts from it) at the site's host name: the same result downloaded again
 * replaces its events instead of adding copies, and another graduation date is another set.
 */
export function timelineEvents(entries: readonly TimelineEntry[], graduated: string, words: EventWords, url: string): CalendarEvent[] {
  const host = new URL(url).hostname;
  return entries.map((entry) => ({
    uid: eventUid(entry.key, graduated, host),
    date: entry.date,
    summary: words.summary(entry),
    description: words.description(entry),
    url,
    reminderDays: REMINDER_DAYS,
  }));
}

export const eventUid = (key: string, graduated: string, host: string) => `vpas-${key}-${graduated}@${host}`;
