/**
 * The eligibility checker's island. It only collects answers, keeps them in the URL and shows
 * what the flow (src/lib/checker) and the rules (src/lib/eligibility) make of them, in the words of
 * the page's JSON data block. No UI framework: native form controls, a few listeners.
 *
 * The URL is the state: `?answers` shows the result (or the errors), `?answers#checker-born` shows
 * the form at that question ("change"), no query shows an empty form. Back and Forward replay it.
 */
import { evaluate } from '../lib/checker/evaluate';
import { FIELDS, type Draft, type Field } from '../lib/checker/fields';
import { readFlow } from '../lib/checker/flow';
import { controlId, fieldOfFragment } from '../lib/checker/form-ids';
import { draftFromQuery, queryOf } from '../lib/checker/query';
import type { IslandData } from '../lib/checker/words';
import { isRealIsoDate, todayInHongKong } from '../lib/eligibility';
import { clearErrors, renderErrors, renderResult, type View } from './checker-view';

const root = document.querySelector<HTMLElement>('[data-checker]');
const block = document.getElementById('checker-data');
if (root && block?.textContent) start(root, JSON.parse(block.textContent) as IslandData);

function start(root: HTMLElement, data: IslandData) {
  const form = root.querySelector<HTMLFormElement>('#checker-form');
  const result = root.querySelector<HTMLElement>('#checker-result');
  const summary = root.querySelector<HTMLElement>('#checker-errors');
  if (!form || !result || !summary) return;
  const view: View = { root, form, result, summary, data, title: document.title };

  const show = (moveFocus: boolean) => {
    // The URL read once: the form, the questions shown, the errors and the result all follow it.
    const flow = readFlow(draftFromQuery(new URLSearchParams(location.search)));
    fillForm(form, flow.draft);
    // Today in Hong Kong, wherever the browser is, unless the student chose a day already. (Only
    // the 'date' plan reads that day, so the questions that apply stay the flow's.)
    if (flow.draft.apply === undefined && flow.plan !== 'date') setValue(form, 'apply', hongKongToday());
    reveal(form, flow.fields);
    clearErrors(view);

    const editing = fieldOfFragment(location.hash);
    const evaluation = evaluate(flow, data.catalogue);
    if (evaluation.status === 'empty' || editing) {
      setView(view, 'form');
      if (editing && moveFocus) focusField(form, editing);
    } else if (evaluation.status === 'errors') {
      setView(view, 'form');
      renderErrors(view, evaluation.errors);
      if (moveFocus) summary.focus();
    } else {
      renderResult(view, evaluation, flow, hongKongToday());
      setView(view, 'result');
      if (moveFocus) result.querySelector<HTMLElement>('#checker-result-title')?.focus();
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = `${location.pathname}?${queryOf(readFlow(draftOfForm(form))).toString()}`;
    // Checking the same answers twice adds no history entry.
    if (url === location.pathname + location.search && !location.hash) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    show(true);
  });
  const revealForForm = () => reveal(form, readFlow(draftOfForm(form)).fields);
  form.addEventListener('change', revealForForm);
  form.addEventListener('input', revealForForm);
  // "Change" links only add a fragment: the browser fires hashchange, and Back undoes it. Other
  // fragments (the skip link's #main) are none of the checker's business.
  let fragmentField = fieldOfFragment(location.hash);
  addEventListener('hashchange', () => {
    const field = fieldOfFragment(location.hash);
    if (field || fragmentField) show(true);
    fragmentField = field;
  });
  addEventListener('popstate', () => show(false));

  // GOV.UK: an error summary link moves focus to the field and shows its question.
  summary.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-field]');
    if (!link) return;
    event.preventDefault();
    focusField(form, link.dataset.field as Field);
  });

  const printButton = result.querySelector<HTMLButtonElement>('[data-print]');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', () => print());
  }
  show(true);
}

function hongKongToday(): string {
  try {
    return todayInHongKong();
  } catch {
    return ''; // a runtime without time-zone data: the student types the day
  }
}

function draftOfForm(form: HTMLFormElement): Draft {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return draftFromQuery(params);
}

function controlsOf(form: HTMLFormElement, field: Field) {
  return form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${field}"]`);
}

function setValue(form: HTMLFormElement, field: Field, value: string) {
  for (const control of controlsOf(form, field)) {
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
      control.checked = control.value === value;
    } else if (control.type === 'date' && !isRealIsoDate(value)) {
      // A date input takes only 'YYYY-MM-DD' naming a day that exists: it cannot show '2027-02-30',
      // and the error next to it says why.
      control.value = '';
    } else {
      control.value = value;
    }
  }
}

/** The form shows exactly the draft: a reload or Back never leaves a stale answer behind. */
function fillForm(form: HTMLFormElement, draft: Draft) {
  for (const field of FIELDS) setValue(form, field, draft[field] ?? '');
}

/** Shows the questions that apply to the answers so far (the flow decides which). */
function reveal(form: HTMLFormElement, fields: readonly Field[]) {
  const groups: Record<string, Field> = { apply: 'apply', offer: 'offer', terms: 'months' };
  for (const [name, field] of Object.entries(groups)) {
    const group = form.querySelector<HTMLElement>(`[data-reveal="${name}"]`);
    if (group) group.hidden = !fields.includes(field);
  }
}

function focusField(form: HTMLFormElement, field: Field) {
  const checked = [...controlsOf(form, field)].find((c) => c instanceof HTMLInputElement && c.type === 'radio' && c.checked);
  const control = checked ?? document.getElementById(controlId(field));
  const question = control?.closest('[data-question]');
  question?.scrollIntoView({ block: 'start' });
  control?.focus({ preventScroll: question !== null && question !== undefined });
}

function setView(view: View, mode: 'form' | 'result') {
  view.root.dataset.view = mode;
  view.form.hidden = mode === 'result';
  view.result.hidden = mode !== 'result';
}
