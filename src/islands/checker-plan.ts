/**
 * The parts of an eligible result that plan ahead: the student's own dates (every one from the
 * rules' `studentPlan`, through src/lib/checker/timeline.ts) and a calendar file of them built
 * here from the answers in the URL (checker-share.ts has the address to share). Rendered with the
 * rest of the result, in the same pass, so the result is whole the moment it appears.
 */
import { planOf, timelineEntries, timelineEvents, type TimelineEntry } from '../lib/checker/timeline';
import { formatIsoDate } from '../lib/eligibility';
import { calendarFile } from '../lib/ics';
import type { ResultContext } from './checker-result';
import { resultUrl } from './checker-share';
import { h, sourceLink, type Child } from './checker-view';


const heading = (text: string) => h('h3', { class: 'mt-8 text-xl font-bold' }, text);
const subheading = (text: string) => h('h4', { class: 'mt-5 text-lg font-semibold' }, text);

/** An entry's sentence, its dates in the reader's style. */
function entryText({ t, date }: ResultContext, entry: TimelineEntry): string {
  const dates = Object.fromEntries(Object.entries(entry.values.dates).map(([name, iso]) => [name, date(iso)]));
  return t(`checker.plan.entry.${entry.id}`, { ...dates, ...entry.values.text });
}

function entryItem(result: ResultContext, entry: TimelineEntry): HTMLElement {
  const { t, date } = result;
  return h('li', { class: 'grid gap-x-4 border-b border-(--color-line) py-3 break-inside-avoid sm:grid-cols-[12rem_1fr] print:grid-cols-[9rem_1fr] print:py-2', 'data-entry': entry.key },
    h('p', { class: 'font-semibold' }, h('time', { datetime: entry.date }, date(entry.date)), ...passedNote(result, entry)),
    h('div', {},
      h('p', {}, entryText(result, entry)),
      h('p', { class: 'mt-1 text-sm text-(--color-muted)' }, `${t(`checker.plan.rule.${entry.rule}`)} `, quietSource(result)),
    ),
  );
}

/**
 * The rules do not read the clock, so a result opened later shows the same dates; a day already
 * gone in Hong Kong says so ('YYYY-MM-DD' strings order like dates).
 */
function passedNote({ t, today }: ResultContext, entry: TimelineEntry): Child[] {
  return today !== '' && entry.date < today ? [' ', h('span', { 'data-passed': '', class: 'font-normal' }, t('checker.plan.passed'))] : [];
}

/** The source link of every entry; on paper its address is printed once, under the list (the link itself stays). */
function quietSource(result: ResultContext): HTMLElement {
  const link = sourceLink(result.view);
  link.setAttribute('data-print-href', 'off');
  return link;
}

/** The calendar file as a link: built now, downloaded when followed; no pop-up, nothing sent. */
function calendarLink(result: ResultContext, entries: readonly TimelineEntry[], graduated: string, start: string): Child[] {
  const { t, date } = result;
  const url = resultUrl(result);
  const usualNote = t('checker.plan.usualNote', { start: date(start) });
  const events = timelineEvents(entries, graduated, {
    summary: (entry) => t(`checker.plan.event.${entry.id}`, { ...entry.values.text, ...(entry.values.dates.to && { to: date(entry.values.dates.to) }) }),
    description: (entry) => [entryText(result, entry), t(`checker.plan.rule.${entry.rule}`), ...(entry.usual ? [usualNote] : [])].join('\n'),
  }, url);
  const ics = calendarFile({ name: t('checker.plan.calendarName'), events, stamp: new Date() });
  const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
  return [
    h('p', { class: 'mt-5 print:hidden' },
      h('a', { href, download: 'vpas-dates.ics', type: 'text/calendar', 'data-calendar': '', class: 'inline-flex min-h-11 items-center rounded-md border-2 border-(--color-harbour) px-4 py-2 font-semibold text-(--color-harbour)' }, t('checker.plan.calendar')),
    ),
    h('p', { class: 'mt-2 text-sm print:hidden' }, t('checker.plan.calendarHint')),
  ];
}

/** The student's dates, applying first, then the usual path, labelled as such; and the calendar file. */
export const timeline = (result: ResultContext): Child[] => {
  const plan = planOf(result.evaluation, result.flow);
  if (!plan || result.evaluation.status !== 'assessed') return [];
  const { t, date } = result;
  const entries = timelineEntries(plan);
  const list = (items: TimelineEntry[]) => h('ol', { class: 'mt-2 border-t border-(--color-line)' }, ...items.map((entry) => entryItem(result, entry)));
  return [h('section', { 'data-timeline': '' },
    heading(t('checker.plan.title')),
    h('p', { class: 'mt-2 text-sm' }, t('checker.plan.timezone')),
    subheading(t('checker.plan.applying')),
    list(entries.filter((entry) => !entry.usual)),
    subheading(t('checker.plan.usualTitle')),
    h('p', { class: 'mt-2' }, t('checker.plan.usualNote', { start: date(formatIsoDate(plan.start)) })),
    list(entries.filter((entry) => entry.usual)),
    h('p', { class: 'mt-3 hidden text-sm print:block' }, `${result.t('checker.sourceLink')}: ${result.view.data.immdUrl ?? ''}`),
    ...calendarLink(result, entries, formatIsoDate(result.evaluation.answers.graduationDate), formatIsoDate(plan.start)),
  )];
};
