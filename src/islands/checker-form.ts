/**
 * The checker's form, read and written: the draft it holds, filling it from a draft, showing the
 * questions the flow says apply, moving focus to a question, and the language links that carry the
 * answers to the same page in another language.
 */
import { BORN_PARTS, FIELDS, type Draft, type Field } from '../lib/checker/fields';
import type { Flow } from '../lib/checker/flow';
import { controlId } from '../lib/checker/form-ids';
import { draftFromQuery, partsOfBorn, queryOf } from '../lib/checker/query';
import { isRealIsoDate } from '../lib/eligibility';

/** The answers in the form, as the URL would hold them (the three boxes of the date of birth make 'born'). */
export function draftOfForm(form: HTMLFormElement): Draft {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return draftFromQuery(params);
}

function controlsOf(form: HTMLFormElement, name: string) {
  return form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
}

function setValue(form: HTMLFormElement, name: string, value: string) {
  for (const control of controlsOf(form, name)) {
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
export function fillForm(form: HTMLFormElement, draft: Draft) {
  for (const field of FIELDS) if (field !== 'born') setValue(form, field, draft[field] ?? '');
  const born = partsOfBorn(draft.born);
  for (const part of ['year', 'month', 'day'] as const) setValue(form, BORN_PARTS[part], born[part]);
}

/**
 * Shows the questions that apply to the answers so far (the flow decides which): those after an
 * answer that rules the student out are hidden, and so are the application day and the job offer
 * until they matter.
 */
export function reveal(form: HTMLFormElement, fields: readonly Field[]) {
  for (const question of form.querySelectorAll<HTMLElement>('[data-question]')) {
    const field = question.dataset.question as Field;
    // The offer's tick boxes are one fieldset, named after its first box.
    question.hidden = !fields.includes(field);
  }
  const groups: Record<string, Field> = { apply: 'apply', offer: 'offer', terms: 'months' };
  for (const [name, field] of Object.entries(groups)) {
    const group = form.querySelector<HTMLElement>(`[data-reveal="${name}"]`);
    if (group) group.hidden = !fields.includes(field);
  }
}

export function focusField(form: HTMLFormElement, field: Field) {
  const checked = [...controlsOf(form, field)].find((c) => c instanceof HTMLInputElement && c.type === 'radio' && c.checked);
  const control = checked ?? document.getElementById(controlId(field));
  const question = control?.closest('[data-question]');
  question?.scrollIntoView({ block: 'start' });
  control?.focus({ preventScroll: question !== null && question !== undefined });
}

/**
 * The language links carry the answers: a result keeps its query string; the questions keep what
 * is in the form so far, with a fragment naming the first question still to answer, which opens
 * the same page in the other language at that question rather than at a result or errors.
 */
export function carryAnswers(root: ParentNode, mode: 'form' | 'result', flow: Flow) {
  const query = mode === 'result' ? location.search.replace(/^\?/, '') : queryOf(flow).toString();
  const next = flow.unanswered[0]?.field ?? flow.fields[0] ?? 'programme';
  const hash = mode === 'form' && query !== '' ? `#${controlId(next)}` : '';
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-locale-link]')) {
    const url = new URL(link.href);
    url.search = query;
    url.hash = hash;
    link.href = url.href;
  }
}
