/**
 * The checker's result: a heading that says which result it is (the page's title says it too), a
 * coloured panel with what decides it, and the parts below. Each result lists its parts in
 * RESULT_PARTS; a part is a function from the result to elements, so adding one to a result (a
 * timeline of the student's dates, a calendar file, a QR code of the address) is a function and a
 * line there. A negative result lists no application window, in any part.
 */
import { formatDate } from '../i18n';
import type { Assessment } from '../lib/eligibility';
import type { Flow } from '../lib/checker/flow';
import {
  isNegative,
  reasons,
  resultOutcome,
  summaryRows,
  turnsEighteenLater,
  windowsFor,
  type ResultOutcome,
  type Shown,
  type SummaryRow,
} from '../lib/checker/result';
import { controlId } from '../lib/checker/form-ids';
import { CATEGORY_KEYS, FIELD_NAME_KEYS, RESULT_TITLE_KEYS } from '../lib/checker/words';
import { intakeValues, restsOnBrochure } from '../lib/intake-sources';
import { isRealIsoDate } from '../lib/eligibility';
import { timeline } from './checker-plan';
import { share } from './checker-share';
import { h, reasonItem, sourceLink, translator, type Child, type Translate, type View } from './checker-view';

export interface ResultContext {
  view: View;
  t: Translate;
  /** A 'YYYY-MM-DD' date in the reader's style. */
  date: (iso: string) => string;
  flow: Flow;
  evaluation: Shown;
  outcome: ResultOutcome;
  /** Hong Kong's date today ('YYYY-MM-DD'), or '' when it cannot be known. */
  today: string;
}

type Part = (result: ResultContext) => Child[];

/** The assessment behind a result that has one (every result but 'ruled-out'). */
const assessmentOf = ({ evaluation }: ResultContext): Exclude<Assessment, { outcome: 'invalid' }> | null =>
  evaluation.status === 'assessed' ? evaluation.assessment : null;

const heading = (text: string) => h('h3', { class: 'mt-8 text-xl font-bold' }, text);
const link = (href: string | null, text: string) => h('a', { href: href ?? '', class: 'underline' }, text);

/** The window of an eligible result, from the first day the student is 18. */
const eligibleText: Part = (result) => {
  const assessment = assessmentOf(result);
  if (!assessment || (assessment.outcome !== 'category-a' && assessment.outcome !== 'category-b')) return [];
  const window = windowsFor(assessment.windows, assessment.earliest)[assessment.outcome === 'category-a' ? 'categoryA' : 'categoryB'];
  if (!window) return [];
  const { t, date } = result;
  const text = t(`checker.result.${assessment.outcome}.text`, { from: date(window.from), to: date(window.to) });
  // The rules do not read the clock, so a shared result stays the same; the page says when its
  // window is already over ('YYYY-MM-DD' strings order like dates).
  const passed = result.today !== '' && window.to < result.today;
  return [h('p', {}, text), ...(passed ? [h('p', { class: 'font-semibold' }, t('checker.result.windowPassed', { date: date(window.to) }))] : [])];
};

/** ImmD: 18 "on the day the VPAS application is submitted": a later 18th birthday is the first day. */
const turnsEighteen: Part = (result) => {
  const assessment = assessmentOf(result);
  if (!assessment?.earliest || !turnsEighteenLater(assessment.windows, assessment.earliest)) return [];
  const { t, date } = result;
  const { date: birthday, category } = assessment.earliest;
  return [h('p', { 'data-turns-18': '' }, t('checker.result.turns18', { birthday: date(birthday), category: t(CATEGORY_KEYS[category]) }))];
};

/** ImmD's page names the earlier intakes; an intake only the brochure names is cited to it, and said so. */
const intakeSource: Part = ({ view, t, date, flow }) => {
  const intake = flow.known.intake?.label;
  if (!intake || !restsOnBrochure(intake)) return [];
  const values = { ...intakeValues(t('list.separator')), intake, immdDate: date(view.data.immdAsOf) };
  return [h('p', { 'data-intake-source': 'brochure' }, `${t('checker.result.intakeFromBrochure', values)} `, sourceLink(view))];
};

/** An intake after the latest list: what is known, and what to watch for. */
const notYetKnown: Part = ({ view, t, flow }) => {
  const values = { ...intakeValues(t('list.separator')), intake: flow.known.intake?.label ?? '' };
  return [
    h('p', {}, t('checker.result.not-yet-known.text', values)),
    h('p', {}, t('checker.result.not-yet-known.rest')),
    h('p', {}, t('checker.result.not-yet-known.watch', values)),
    h('ul', { class: 'list-disc space-y-1 pl-5' },
      h('li', {}, link(view.data.vtcUrl, t('checker.next.vtcLink'))),
      h('li', {}, link(view.data.immdUrl, t('checker.next.applyLink'))),
    ),
  ];
};

/** Why a negative result is negative, each reason with its source. */
const reasonList: Part = (result) => {
  const { view, t, evaluation, flow, outcome } = result;
  const items = reasons(evaluation, flow, t('list.separator')).map((reason) => reasonItem(view, reason));
  return [h('p', {}, t(`checker.result.${outcome === 'ruled-out' ? 'ruled-out' : 'not-on-that-day'}.text`)), h('ul', { class: 'list-disc space-y-2 pl-5' }, ...items)];
};

/** Both windows as they stand for the student: from the first day they are 18. Never under a negative result. */
const windowList: Part = (result) => {
  const assessment = assessmentOf(result);
  if (!assessment || isNegative(result.outcome)) return [];
  const { t, date } = result;
  const own = windowsFor(assessment.windows, assessment.earliest);
  const range = (w: { from: string; to: string } | null) =>
    w ? t('checker.windows.range', { from: date(w.from), to: date(w.to) }) : t('checker.windows.under18');
  const title = result.outcome === 'not-yet-known' ? 'checker.windows.ifListed' : 'checker.windows.title';
  return [
    heading(t(title)),
    h('dl', { class: 'mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]', 'data-windows': '' },
      h('dt', { class: 'font-semibold' }, t('checker.windows.a')), h('dd', {}, range(own.categoryA)),
      h('dt', { class: 'font-semibold' }, t('checker.windows.b')), h('dd', {}, range(own.categoryB)),
    ),
    h('p', { class: 'mt-2 text-sm text-(--color-muted)' }, t('checker.windows.note')),
  ];
};

const nextSteps: Part = (result) => {
  const assessment = assessmentOf(result);
  if (!assessment || (assessment.outcome !== 'category-a' && assessment.outcome !== 'category-b')) return [];
  const { view, t, date } = result;
  const letter = assessment.outcome === 'category-a' ? 'a' : 'b';
  const window = windowsFor(assessment.windows, assessment.earliest)[letter === 'a' ? 'categoryA' : 'categoryB'];
  const apply = window ? t('checker.next.apply', { from: date(window.from), to: date(window.to) }) : '';
  return [heading(t('checker.next.title')), h('ol', { class: 'mt-3 list-decimal space-y-2 pl-5' },
    h('li', {}, t(`checker.next.proof-${letter}`)),
    h('li', {}, `${apply} `, link(view.data.immdUrl, t('checker.next.applyLink'))),
    h('li', {}, t('checker.next.fees')),
    h('li', {}, t('checker.next.time')),
  )];
};

const ifWrong: Part = ({ t }) => [h('p', { class: 'mt-6' }, t('checker.next.not-eligible'))];

/** "Your answers", GOV.UK's summary list: each answer with a link back to its question. */
const yourAnswers: Part = ({ view, t, flow }) => {
  const rows = summaryRows(flow).map((row) => {
    const name = t(FIELD_NAME_KEYS[row.id]);
    const change = h('a', { href: row.changeHref, class: 'underline' }, t('checker.change'), h('span', { class: 'sr-only' }, ` ${name}`));
    return h('div', { class: 'grid gap-x-4 border-b border-(--color-line) py-3 sm:grid-cols-[14rem_1fr_auto]' },
      h('dt', { class: 'font-semibold' }, name),
      h('dd', {}, ...answerText(view, t, row)),
      h('dd', { class: 'print:hidden' }, change),
    );
  });
  return [heading(t('checker.answers.title')), h('dl', { class: 'mt-3 border-t border-(--color-line)' }, ...rows)];
};

/**
 * What the reader is likely to ask next (issue 12), on the questions page: after a positive result
 * what comes after the first stay ("what if my job ends"), after a negative one the rules people
 * misread (src/lib/faq.ts, questionLinks).
 */
const questions: Part = ({ view, t, outcome }) => {
  const list = isNegative(outcome) ? view.data.questions.notEligible : view.data.questions.eligible;
  return [heading(t('checker.questions.title')), h('ul', { class: 'mt-3 list-disc space-y-1 pl-5' },
    ...list.map((q) => h('li', {}, link(q.href, q.text))),
  )];
};

const asOf: Part = ({ view, t, date }) => [h('p', { class: 'mt-6 text-sm font-semibold' }, t('sources.asOf', { date: date(view.data.asOf) }))];

const ELIGIBLE = { lead: [eligibleText, turnsEighteen, intakeSource], body: [windowList, nextSteps, timeline, share, questions, yourAnswers, asOf] };
const NEGATIVE = { lead: [reasonList], body: [ifWrong, questions, yourAnswers, asOf] };

/** Each result's parts, in order: inside its coloured panel (`lead`) and below it (`body`). */
export const RESULT_PARTS: Record<ResultOutcome, { lead: Part[]; body: Part[] }> = {
  'category-a': ELIGIBLE,
  'category-b': ELIGIBLE,
  'not-yet-known': { lead: [notYetKnown, turnsEighteen], body: [windowList, questions, yourAnswers, asOf] },
  'ruled-out': NEGATIVE,
  'not-on-that-day': NEGATIVE,
};

export function renderResult(view: View, evaluation: Shown, flow: Flow, today: string) {
  const t = translator(view.data);
  const outcome = resultOutcome(evaluation);
  const result: ResultContext = { view, t, date: (iso) => formatDate(iso, view.data.locale), flow, evaluation, outcome, today };
  const title = t(RESULT_TITLE_KEYS[outcome], { intake: flow.known.intake?.label ?? '' });
  view.result.querySelector<HTMLElement>('[data-result-panel]')?.setAttribute('data-outcome', outcome);
  const heading = view.result.querySelector('#checker-result-title');
  if (heading) heading.textContent = title;
  const parts = RESULT_PARTS[outcome];
  view.result.querySelector('[data-result-lead]')?.replaceChildren(...parts.lead.flatMap((part) => part(result)));
  view.result.querySelector('[data-result-body]')?.replaceChildren(...parts.body.flatMap((part) => part(result)));
  // A shared or bookmarked result says what it is in the tab and the bookmark.
  document.title = t('checker.result.documentTitle', { outcome: title, title: view.title });
}

function answerText(view: View, t: Translate, row: SummaryRow): Child[] {
  const [value = ''] = row.values;
  if (value === '' && row.id !== 'terms') return [t('checker.notAnswered')];
  switch (row.id) {
    case 'programme':
    case 'nationality':
    case 'intake': {
      const select = view.form.querySelector<HTMLSelectElement>(`#${controlId(row.id)}`);
      const option = [...(select?.options ?? [])].find((o) => o.value === value);
      return [option?.textContent ?? value];
    }
    case 'born':
    case 'graduated':
    case 'apply':
      return [isRealIsoDate(value) ? formatDate(value, view.data.locale) : value];
    case 'iang':
    case 'offer':
    case 'own-business':
      return [t(value === 'yes' ? 'checker.yes' : 'checker.no')];
    case 'when':
      return [t(`checker.when.${value as 'a' | 'b' | 'date'}`)];
    case 'months':
      return [t('checker.monthsValue', { months: value })];
    case 'terms':
      return row.values.length === 0
        ? [t('checker.none')]
        : [h('ul', {}, ...row.values.map((term) => h('li', {}, t(`checker.term.${term as 'pay'}`))))];
    default:
      return [value];
  }
}
