import { describe, expect, it } from 'vitest';
import { earliestApplication, formatIsoDate, rangesAfterGraduation, studentPlan, type Answers, type CalendarDate } from '../eligibility';
import { parseIsoDate } from '../eligibility/dates';
import { CATALOGUE, GOOD_OFFER, IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { calendarFile } from '../ics';
import { parseCalendar } from '../testing/ical';
import { evaluate } from './evaluate';
import { readFlow } from './flow';
import type { Shown } from './result';
import { draftFromAnswers } from './testing/drafts';
import { REMINDER_DAYS, eventUid, planOf, timelineEntries, timelineEvents } from './timeline';

const date = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (typeof parsed === 'string') throw new Error(`${iso}: ${parsed}`);
  return parsed;
};
const shownFor = (answers: Answers) => {
  const flow = readFlow(draftFromAnswers(answers), CATALOGUE);
  const evaluation = evaluate(flow, CATALOGUE);
  if (evaluation.status !== 'assessed' && evaluation.status !== 'ruled-out') throw new Error(evaluation.status);
  return { flow, evaluation: evaluation as Shown };
};
const URL_OF_RESULT = 'https://vpas-guide.example.org/en/eligibility/?graduated=2027-08-31';

describe('planOf', () => {
  it.each([
    ['Category A', IN_CATEGORY_A, 'category-a', null],
    ['Category B, its contract capping the first grant', { ...IN_CATEGORY_B, jobOffer: { ...GOOD_OFFER, contractMonths: 15 } }, 'category-b', 15],
  ] as const)('%s: the rules’ studentPlan for the answers', (_, answers, category, contract) => {
    const { flow, evaluation } = shownFor(answers);
    const ranges = rangesAfterGraduation(date(answers.graduationDate));
    const earliest = earliestApplication(date(answers.dateOfBirth), ranges);
    const expected = studentPlan({ ranges, earliest: earliest!.day, applicationDate: date(answers.applicationDate), category, contractMonths: contract });
    expect(planOf(evaluation, flow)).toEqual(expected);
    expect(planOf(evaluation, flow)?.grants[0]?.months).toBe(contract ?? 12);
  });

  it.each([
    ['a later intake (not yet known)', { ...IN_CATEGORY_A, intakeYear: '2027/28', graduationDate: '2029-07-15', applicationDate: '2029-08-01' }],
    ['a ruled-out nationality', { ...IN_CATEGORY_A, nationality: 'VN' }],
    ['a day after the last', { ...IN_CATEGORY_A, applicationDate: '2028-09-01' }],
  ])('%s: no dates', (_, answers) => {
    const { flow, evaluation } = shownFor(answers);
    expect(planOf(evaluation, flow)).toBeNull();
  });
});

describe('timelineEntries', () => {
  // Graduated 31 Aug 2027, applying on 1 Oct 2027 under A (hand-counted in plan.test.ts from the same day).
  const { flow, evaluation } = shownFor(IN_CATEGORY_A);
  const plan = planOf(evaluation, flow)!;
  const entries = timelineEntries(plan);

  it('lists the windows, then the usual path, each with its rule', () => {
    expect(entries.map((e) => `${e.key} ${e.date} ${e.rule}${e.usual ? ' usual' : ''}`)).toEqual([
      'category-a-last 2028-02-29 category-a-window',
      'category-b-window 2028-03-01 category-b-window',
      'last-day 2028-08-31 twelve-months',
      'extension-1 2028-09-03 extension usual',
      'extension-2 2030-09-03 extension usual',
      'extension-3 2032-09-03 extension usual',
      'seven-years 2034-10-01 seven-years usual',
    ]);
    expect(entries[1]?.values.dates).toEqual({ to: '2028-08-31' });
    expect(entries[3]?.values).toEqual({ dates: { expires: '2028-10-01' }, text: { n: '1', months: '24' } });
  });

  it('is in date order', () => {
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('omits Category A’s last day for a student who is 18 only in B’s window', () => {
    const answers = { ...IN_CATEGORY_B, dateOfBirth: '2010-04-10', applicationDate: '2028-04-10' };
    const { flow: f, evaluation: e } = shownFor(answers);
    const keys = timelineEntries(planOf(e, f)!).map((entry) => `${entry.key} ${entry.date}`);
    expect(keys.slice(0, 2)).toEqual(['category-b-window 2028-04-10', 'last-day 2028-08-31']);
  });
});

describe('timelineEvents in a calendar file', () => {
  const { flow, evaluation } = shownFor(IN_CATEGORY_A);
  const entries = timelineEntries(planOf(evaluation, flow)!);
  const words = { summary: (e: { key: string }) => `VPAS ${e.key}`, description: (e: { date: string }) => `on ${e.date}` };
  const events = timelineEvents(entries, '2027-08-31', words, URL_OF_RESULT);
  const parsed = parseCalendar(calendarFile({ name: 'VPAS', events, stamp: new Date('2026-12-01T00:00:00Z') }));

  it('holds one all-day event per entry, on the entry’s day, with a reminder and the result’s address', () => {
    expect(parsed.events.map((e) => [e.start, e.allDay, e.reminderDays, e.url])).toEqual(
      entries.map((entry) => [entry.date, true, REMINDER_DAYS, URL_OF_RESULT]),
    );
    expect(parsed.events.every((e) => e.description.endsWith(URL_OF_RESULT))).toBe(true);
  });

  it('gives stable, unique UIDs: entry, graduation date, the site’s host', () => {
    expect(parsed.events.map((e) => e.uid)).toEqual(entries.map((entry) => eventUid(entry.key, '2027-08-31', 'vpas-guide.example.org')));
    expect(parsed.events[3]?.uid).toBe('vpas-extension-1-2027-08-31@vpas-guide.example.org');
    expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
    const again = timelineEvents(entries, '2027-08-31', words, URL_OF_RESULT);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('puts each date where the rules put it', () => {
    const plan = planOf(evaluation, flow)!;
    const byKey = new Map(parsed.events.map((e, i) => [entries[i]?.key, e.start]));
    expect(byKey.get('category-a-last')).toBe(formatIsoDate(plan.categoryALast!));
    expect(byKey.get('last-day')).toBe(formatIsoDate(plan.lastDay));
    expect(byKey.get('seven-years')).toBe(formatIsoDate(plan.sevenYears));
    plan.grants.slice(0, -1).forEach((grant, i) => expect(byKey.get(`extension-${i + 1}`)).toBe(formatIsoDate(grant.extensionFrom!)));
  });
});
