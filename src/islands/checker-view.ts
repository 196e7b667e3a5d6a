/**
 * The checker's DOM writing: errors next to their fields and in the summary, and the result.
 * Text only ever goes in as text (textContent), never as HTML.
 */
import { format, formatDate, type MessageKey } from '../i18n';
import type { Evaluation, FieldError } from '../lib/checker/evaluate';
import type { Flow } from '../lib/checker/flow';
import { isRealIsoDate } from '../lib/eligibility';
import { controlId } from '../lib/checker/form-ids';
import { failureValues, summaryRows, type SummaryRow } from '../lib/checker/result';
import { ERROR_KEYS, FAILED_RULE_KEYS, FIELD_NAME_KEYS, type IslandData } from '../lib/checker/words';
import { contactValues } from '../lib/contacts';
import { intakeValues, restsOnBrochure } from '../lib/intake-sources';

export interface View {
  root: HTMLElement;
  form: HTMLFormElement;
  result: HTMLElement;
  summary: HTMLElement;
  data: IslandData;
  /** The page's own <title>, before any "Error:" prefix. */
  title: string;
}

type Child = Node | string;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function translator(data: IslandData) {
  return (key: MessageKey, values?: Record<string, string>) => format(data.words[key] ?? key, values ?? {});
}

export function clearErrors(view: View) {
  for (const question of view.form.querySelectorAll<HTMLElement>('[data-question][data-invalid]')) {
    delete question.dataset.invalid;
    const message = question.querySelector<HTMLElement>('[data-error]');
    if (message) {
      message.hidden = true;
      message.textContent = '';
    }
  }
  for (const element of view.form.querySelectorAll('[aria-describedby]')) {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
    if (ids.length > 0) element.setAttribute('aria-describedby', ids.join(' '));
    else element.removeAttribute('aria-describedby');
  }
  for (const element of view.form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
  view.summary.hidden = true;
  view.summary.querySelector('[data-error-list]')?.replaceChildren();
  document.title = view.title;
}

/** Each error next to its field (aria-describedby, aria-invalid) and as a link in the summary. */
export function renderErrors(view: View, errors: FieldError[]) {
  const t = translator(view.data);
  const list = view.summary.querySelector('[data-error-list]');
  for (const { field, code } of errors) {
    const message = t(ERROR_KEYS[code], { field: t(FIELD_NAME_KEYS[field]) });
    list?.append(h('li', {}, h('a', { href: `#${controlId(field)}`, 'data-field': field }, message)));
    const question = view.form.querySelector<HTMLElement>(`[data-question="${field}"]`);
    const error = question?.querySelector<HTMLElement>('[data-error]');
    if (!question || !error) continue;
    question.dataset.invalid = '';
    error.textContent = message;
    error.hidden = false;
    const control = document.getElementById(controlId(field));
    // A radio group is described as a whole, on its fieldset; a single control on itself.
    const isRadio = control instanceof HTMLInputElement && control.type === 'radio';
    const described = isRadio ? question : control;
    if (!isRadio) control?.setAttribute('aria-invalid', 'true');
    const ids = (described?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    described?.setAttribute('aria-describedby', [...ids, error.id].join(' '));
  }
  view.summary.hidden = false;
  document.title = t('checker.error.title', { title: view.title });
}

/** `today` is Hong Kong's date ('YYYY-MM-DD'), or '' when it cannot be known. */
export function renderResult(view: View, evaluation: Extract<Evaluation, { status: 'assessed' }>, flow: Flow, today: string) {
  const { data, result } = view;
  const t = translator(data);
  const date = (iso: string) => formatDate(iso, data.locale);
  const { assessment, answers } = evaluation;
  const { categoryA, categoryB } = assessment.windows;
  const range = (w: { from: string; to: string }) => t('checker.windows.range', { from: date(w.from), to: date(w.to) });
  const heading = (text: string) => h('h3', { class: 'mt-8 text-xl font-bold' }, text);
  const source = () => h('a', { href: data.immdUrl ?? '', class: 'underline' }, t('checker.sourceLink'));

  result.querySelector<HTMLElement>('[data-result-panel]')?.setAttribute('data-outcome', assessment.outcome);
  const title = result.querySelector('#checker-result-title');
  if (title) title.textContent = t(`checker.result.${assessment.outcome}.title`);

  const lead: Child[] = [];
  const body: Child[] = [];
  if (assessment.outcome === 'not-eligible') {
    const reasons = assessment.failed.map((rule) => {
      const { text, dates } = failureValues(rule, answers, assessment.windows, t('list.separator'));
      const values = { ...contactValues, ...text, ...Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, isRealIsoDate(v) ? date(v) : v])) };
      return h('li', {}, `${t(FAILED_RULE_KEYS[rule], values)} `, source());
    });
    lead.push(h('p', {}, t('checker.result.not-eligible.text')), h('ul', { class: 'list-disc space-y-2 pl-5' }, ...reasons));
    lead.push(h('p', {}, t('checker.next.not-eligible')));
  } else {
    const window = assessment.outcome === 'category-a' ? categoryA : categoryB;
    const letter = assessment.outcome === 'category-a' ? 'a' : 'b';
    lead.push(h('p', {}, t(`checker.result.${assessment.outcome}.text`, { from: date(window.from), to: date(window.to) })));
    // The rules do not read the clock, so a shared result stays the same; the page says when its
    // window is already over ('YYYY-MM-DD' strings order like dates).
    if (today !== '' && window.to < today) {
      lead.push(h('p', { class: 'font-semibold' }, t('checker.result.windowPassed', { date: date(window.to) })));
    }
    const apply = t('checker.next.apply', { from: date(window.from), to: date(window.to) });
    body.push(heading(t('checker.next.title')), h('ol', { class: 'mt-3 list-decimal space-y-2 pl-5' },
      h('li', {}, t(`checker.next.proof-${letter}`)),
      h('li', {}, `${apply} `, h('a', { href: data.immdUrl ?? '', class: 'underline' }, t('checker.next.applyLink'))),
      h('li', {}, t('checker.next.fees')),
      h('li', {}, t('checker.next.time')),
    ));
  }
  const windows = h('dl', { class: 'mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]' },
    h('dt', { class: 'font-semibold' }, t('checker.windows.a')), h('dd', {}, range(categoryA)),
    h('dt', { class: 'font-semibold' }, t('checker.windows.b')), h('dd', {}, range(categoryB)),
  );
  body.unshift(heading(t('checker.windows.title')), windows, h('p', { class: 'mt-2 text-sm text-(--color-muted)' }, t('checker.windows.note')));
  body.push(heading(t('checker.answers.title')), answersList(view, flow));
  body.push(h('p', { class: 'mt-6 text-sm font-semibold' }, t('sources.asOf', { date: date(data.asOf) })));

  // ImmD's page names the earlier intakes; an intake only the brochure names is cited to it, and said so.
  if (restsOnBrochure(answers.intake.label)) {
    const values = { ...intakeValues(t('list.separator')), intake: answers.intake.label, immdDate: date(data.immdAsOf) };
    lead.push(h('p', { 'data-intake-source': 'brochure' }, `${t('checker.result.intakeFromBrochure', values)} `, source()));
  }
  result.querySelector('[data-result-lead]')?.replaceChildren(...lead);
  result.querySelector('[data-result-body]')?.replaceChildren(...body);
}

/** "Your answers", GOV.UK's summary list: each answer with a link back to its question. */
function answersList(view: View, flow: Flow): HTMLElement {
  const t = translator(view.data);
  const rows = summaryRows(flow).map((row) => {
    const name = t(FIELD_NAME_KEYS[row.id]);
    const change = h('a', { href: row.changeHref, class: 'underline' }, t('checker.change'), h('span', { class: 'sr-only' }, ` ${name}`));
    return h('div', { class: 'grid gap-x-4 border-b border-(--color-line) py-3 sm:grid-cols-[14rem_1fr_auto]' },
      h('dt', { class: 'font-semibold' }, name),
      h('dd', {}, ...answerText(view, row)),
      h('dd', { class: 'print:hidden' }, change),
    );
  });
  return h('dl', { class: 'mt-3 border-t border-(--color-line)' }, ...rows);
}

function answerText(view: View, row: SummaryRow): Child[] {
  const t = translator(view.data);
  const [value = ''] = row.values;
  switch (row.id) {
    case 'programme':
    case 'nationality': {
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
