/**
 * The checker's DOM writing around the questions: errors next to their fields and in the summary,
 * and the notice under an answer that rules the student out. Text only ever goes in as text
 * (textContent), never as HTML. The result itself is checker-result.ts's.
 */
import { format, formatDate, type MessageKey } from '../i18n';
import type { FieldError } from '../lib/checker/evaluate';
import type { Field } from '../lib/checker/fields';
import type { Flow } from '../lib/checker/flow';
import { controlId } from '../lib/checker/form-ids';
import { reasons, type Reason } from '../lib/checker/result';
import { CATEGORY_KEYS, ERROR_KEYS, FIELD_NAME_KEYS, REASON_KEYS, type IslandData } from '../lib/checker/words';
import { contactValues } from '../lib/contacts';
import { isRealIsoDate } from '../lib/eligibility';

export interface View {
  root: HTMLElement;
  form: HTMLFormElement;
  result: HTMLElement;
  summary: HTMLElement;
  data: IslandData;
  /** The page's own <title>, before any "Error:" prefix or outcome. */
  title: string;
}

export type Child = Node | string;

export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

export function translator(data: IslandData): Translate {
  return (key, values) => format(data.words[key] ?? key, values ?? {});
}

/** A reason for a negative result as a sentence, its dates written the reader's way, with its source. */
export function reasonItem(view: View, { id, values }: Reason): HTMLElement {
  const t = translator(view.data);
  const date = (iso: string) => (isRealIsoDate(iso) ? formatDate(iso, view.data.locale) : iso);
  const dates = Object.fromEntries(Object.entries(values.dates).map(([name, iso]) => [name, date(iso)]));
  const category = values.category ? { category: t(CATEGORY_KEYS[values.category]) } : {};
  const sentence = t(REASON_KEYS[id], { ...contactValues, ...values.text, ...dates, ...category });
  return h('li', {}, `${sentence} `, sourceLink(view));
}

export function sourceLink(view: View): HTMLElement {
  return h('a', { href: view.data.immdUrl ?? '', class: 'underline' }, translator(view.data)('checker.sourceLink'));
}

/**
 * Under the question that settles it, the notice that an answer rules the student out (GOV.UK:
 * an answer that decides the outcome ends the questions); every other notice emptied. The notice
 * is a live region, so a screen reader hears it as soon as the answer is given.
 */
export function renderRuledOut(view: View, flow: Flow) {
  const t = translator(view.data);
  for (const notice of view.form.querySelectorAll<HTMLElement>('[data-ruled-out-for]')) {
    const live = notice.querySelector('[data-ruled-out-live]');
    const at = flow.ruledOut?.at;
    if (!live || notice.dataset.ruledOutFor !== at) {
      live?.replaceChildren();
      delete notice.dataset.shown;
      continue;
    }
    const evaluation = { status: 'ruled-out', rules: flow.ruledOut?.rules ?? [] } as const;
    const items = reasons(evaluation, flow, t('list.separator')).map((reason) => reasonItem(view, reason));
    live.replaceChildren(
      h('p', { class: 'font-bold' }, t('checker.ruledOut.lead')),
      h('ul', { class: 'mt-2 list-disc space-y-2 pl-5' }, ...items),
      h('p', { class: 'mt-2' }, t('checker.ruledOut.rest')),
    );
    notice.dataset.shown = '';
  }
}

function questionOf(view: View, field: Field) {
  return view.form.querySelector<HTMLElement>(`[data-question="${field}"]`);
}

/** One question's error, gone: its message, its marks on the controls and its line in the summary. */
export function clearFieldError(view: View, field: Field) {
  const question = questionOf(view, field);
  if (question?.dataset.invalid === undefined) return;
  delete question.dataset.invalid;
  const message = question.querySelector<HTMLElement>('[data-error]');
  if (message) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const element of [question, ...question.querySelectorAll('[aria-describedby], [aria-invalid]')]) {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && !id.endsWith('-error'));
    if (ids.length > 0) element.setAttribute('aria-describedby', ids.join(' '));
    else element.removeAttribute('aria-describedby');
    element.removeAttribute('aria-invalid');
  }
  view.summary.querySelector(`[data-field="${field}"]`)?.closest('li')?.remove();
  if (!view.summary.querySelector('[data-field]')) {
    view.summary.hidden = true;
    document.title = view.title;
  }
}

export function clearErrors(view: View) {
  for (const question of view.form.querySelectorAll<HTMLElement>('[data-question][data-invalid]')) {
    clearFieldError(view, question.dataset.question as Field);
  }
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
    const question = questionOf(view, field);
    const error = question?.querySelector<HTMLElement>('[data-error]');
    if (!question || !error) continue;
    question.dataset.invalid = '';
    error.textContent = message;
    error.hidden = false;
    // A group of controls (radios, the three boxes of a date) is described as a whole, on its
    // fieldset; a single control on itself.
    const isGroup = question instanceof HTMLFieldSetElement;
    const control = document.getElementById(controlId(field));
    const described = isGroup ? question : control;
    if (!isGroup) control?.setAttribute('aria-invalid', 'true');
    else for (const box of question.querySelectorAll('input:not([type=radio]):not([type=checkbox])')) box.setAttribute('aria-invalid', 'true');
    const ids = (described?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    described?.setAttribute('aria-describedby', [...ids, error.id].join(' '));
  }
  view.summary.hidden = false;
  document.title = t('checker.error.title', { title: view.title });
}
