/**
 * The parts of an eligible result that plan ahead: the student's own dates (every one from the
 * rules' `studentPlan`, through src/lib/checker/timeline.ts), a calendar file of them built here
 * from the answers in the URL, and the result's address to share, as text, a "copy link" button
 * and a QR code. checker-result.ts imports this module only when it shows an eligible result (a
 * dynamic import), so no other page, nor the checker before such a result, downloads it or the
 * QR library.
 */
import { queryOf } from '../lib/checker/query';
import { planOf, timelineEntries, timelineEvents, type TimelineEntry } from '../lib/checker/timeline';
import { formatIsoDate } from '../lib/eligibility';
import { calendarFile } from '../lib/ics';
import { qrCodeSvg } from '../lib/qr';
import type { ResultContext } from './checker-result';
import { h, sourceLink, type Child } from './checker-view';

const heading = (text: string) => h('h3', { class: 'mt-8 text-xl font-bold' }, text);
const subheading = (text: string) => h('h4', { class: 'mt-5 text-lg font-semibold' }, text);

/** The result's own address: the page and the answers, as the form writes them (no fragment). */
export function resultUrl({ flow }: ResultContext): string {
  const query = queryOf(flow).toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

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

/** The address as text, a "copy link" button, and a QR code drawn once the library has loaded. */
export const share = (result: ResultContext): Child[] => {
  const { t } = result;
  const url = resultUrl(result);
  const code = h('div', { role: 'img', 'aria-label': t('checker.share.qrLabel', { url }), 'data-qr': '', class: 'size-64 shrink-0 bg-white p-3 print:size-[40mm] [&_svg]:block [&_svg]:size-full' });
  // The address is its own text: on paper it is not printed a second time after the link.
  const address = h('a', { href: url, 'data-share-url': '', 'data-print-href': 'off', class: 'font-mono text-sm break-all underline' }, url);
  const status = h('p', { role: 'status', class: 'mt-2 text-sm' });
  const copy = h('button', { type: 'button', 'data-copy': '', class: 'mt-3 min-h-11 rounded-md bg-(--color-harbour) px-5 py-2 font-semibold text-white print:hidden' }, t('checker.share.copy'));
  copy.addEventListener('click', () => void copyAddress(url, address, status, t('checker.share.copied'), t('checker.share.copyFailed')));
  void drawCode(code, url);
  return [h('section', { 'data-share': '', class: 'break-inside-avoid' },
    heading(t('checker.share.title')),
    h('p', { class: 'mt-2' }, t('checker.share.text')),
    h('div', { class: 'mt-4 flex flex-wrap items-start gap-6' }, code,
      h('div', { class: 'min-w-0 flex-1 basis-60' }, h('p', { class: 'font-semibold' }, t('checker.share.address')), h('p', { class: 'mt-1' }, address), copy, status),
    ),
  )];
};

async function drawCode(target: HTMLElement, url: string) {
  // Parsed as SVG, not set as HTML: the library's output becomes nodes, and nothing runs.
  const svg = new DOMParser().parseFromString(await qrCodeSvg(url), 'image/svg+xml').documentElement;
  svg.setAttribute('aria-hidden', 'true');
  target.replaceChildren(document.importNode(svg, true));
}

/** The Clipboard API where there is one; otherwise (or if refused) the address selected, to copy by hand. */
async function copyAddress(url: string, address: HTMLElement, status: HTMLElement, copied: string, failed: string) {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(url);
    status.textContent = copied;
  } catch {
    getSelection()?.selectAllChildren(address);
    status.textContent = failed;
  }
}
