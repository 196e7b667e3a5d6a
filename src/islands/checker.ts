/**
 * The eligibility checker's island. It only collects answers, keeps them in the URL and shows
 * what the flow (src/lib/checker) and the rules (src/lib/eligibility) make of them, in the words of
 * the page's JSON data block. No UI framework: native form controls, a few listeners.
 *
 * The URL is the state: `?answers` shows the result (or the errors), `?answers#checker-born` shows
 * the form at that question ("change"), no query shows an empty form. Whether the student asked
 * for the result (pressed the button) is kept in the history entry, so a link that only pre-selects
 * a programme opens the questions without errors, and a reload or Back after a check shows what the
 * check showed. Back and Forward replay it.
 */
import { evaluate } from '../lib/checker/evaluate';
import type { Field } from '../lib/checker/fields';
import { readFlow } from '../lib/checker/flow';
import { fieldOfFragment } from '../lib/checker/form-ids';
import { draftFromQuery, queryOf } from '../lib/checker/query';
import type { IslandData } from '../lib/checker/words';
import { todayInHongKong } from '../lib/eligibility';
import { carryAnswers, draftOfForm, fillForm, focusField, reveal } from './checker-form';
import { renderResult } from './checker-result';
import { clearErrors, clearFieldError, renderErrors, renderRuledOut, type View } from './checker-view';

const root = document.querySelector<HTMLElement>('[data-checker]');
const block = document.getElementById('checker-data');
if (root && block?.textContent) start(root, JSON.parse(block.textContent) as IslandData);

/** What the island keeps in a history entry. */
interface EntryState {
  submitted: true;
}
function submittedHere(): boolean {
  return (history.state as EntryState | null)?.submitted === true;
}

function start(root: HTMLElement, data: IslandData) {
  const form = root.querySelector<HTMLFormElement>('#checker-form');
  const result = root.querySelector<HTMLElement>('#checker-result');
  const summary = root.querySelector<HTMLElement>('#checker-errors');
  if (!form || !result || !summary) return;
  const view: View = { root, form, result, summary, data, title: document.title };
  const flowOf = (draft = draftOfForm(form)) => readFlow(draft, data.catalogue);

  /** The page for the URL; `submitted` when the student has just pressed the button. */
  const show = (moveFocus: boolean, submitted = submittedHere()) => {
    // The URL read once: the form, the questions shown, the errors and the result all follow it.
    const flow = flowOf(draftFromQuery(new URLSearchParams(location.search)));
    fillForm(form, flow.draft);
    reveal(form, flow.fields);
    renderRuledOut(view, flow);
    clearErrors(view);

    const editing = fieldOfFragment(location.hash);
    const evaluation = evaluate(flow, data.catalogue, { submitted: submitted && !editing });
    if (evaluation.status === 'questions' || editing) {
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
    carryAnswers(document, view.root.dataset.view === 'result' ? 'result' : 'form', flow);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = queryOf(flowOf()).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    const state: EntryState = { submitted: true };
    // Checking the same answers twice adds no history entry.
    if (url === location.pathname + location.search && !location.hash) history.replaceState(state, '', url);
    else history.pushState(state, '', url);
    show(true, true);
  });

  // As each answer is given: the questions that now apply, the notice when it rules the student
  // out, its own error gone (it may be answered now), and the language links up to date.
  const onAnswer = (event: Event) => {
    const flow = flowOf();
    reveal(form, flow.fields);
    renderRuledOut(view, flow);
    const question = (event.target as Element | null)?.closest<HTMLElement>('[data-question]');
    if (question?.dataset.question) clearFieldError(view, question.dataset.question as Field);
    carryAnswers(document, 'form', flow);
  };
  form.addEventListener('change', onAnswer);
  form.addEventListener('input', onAnswer);

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
    return ''; // a runtime without time-zone data: no "already over" note
  }
}

function setView(view: View, mode: 'form' | 'result') {
  view.root.dataset.view = mode;
  view.form.hidden = mode === 'result';
  view.result.hidden = mode !== 'result';
}
