/**
 * The checker's flow, apart from its policy (src/lib/eligibility) and its words (src/i18n): which
 * questions there are, what a raw answer looks like, and which questions apply given the others.
 * As in GOV.UK smart-answers, "which question next" is decided here and nowhere else, so the
 * island and the tests ask the same function.
 *
 * The form's control names are also the query string's keys: a result's URL is the form, filled in.
 */
import { categoryAWindow, categoryBWindow } from '../eligibility';

/** Every form control and query key, in the order the questions are asked. */
export const FIELDS = [
  'programme',
  'intake',
  'nationality',
  'born',
  'iang',
  'graduated',
  'when',
  'apply',
  'offer',
  'full-time',
  'relevant',
  'level',
  'pay',
  'months',
  'own-business',
] as const;

export type Field = (typeof FIELDS)[number];

/** Answers as the form and the URL hold them: text, possibly missing, possibly nonsense. */
export type Draft = Partial<Record<Field, string>>;

/**
 * When the student will apply. `date` asks for the day; `a` and `b` are for a student who does not
 * know the day yet and only knows the window they aim for (the issue: "or the student says they'll
 * apply in months 7-12").
 */
export const PLANS = ['a', 'b', 'date'] as const;
export type Plan = (typeof PLANS)[number];

/** The offer's conditions asked as tick boxes: ticked is 'yes', unticked is absent (false). */
export const OFFER_TERMS = ['full-time', 'relevant', 'level', 'pay'] as const;
export type OfferTerm = (typeof OFFER_TERMS)[number];

/** Questions answered with Yes or No (radio buttons). */
export const YES_NO_FIELDS = ['iang', 'offer', 'own-business'] as const;

/** The questions every student answers. */
const ALWAYS: readonly Field[] = ['programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isPlan(value: string | undefined): value is Plan {
  return (PLANS as readonly (string | undefined)[]).includes(value);
}

/**
 * The application date the rules are given: the chosen day, or for a student who only knows the
 * window, its first day (the earliest they could apply; the result shows the whole window).
 * Undefined when it cannot be known yet.
 */
export function applicationDateOf(draft: Draft): string | undefined {
  switch (draft.when) {
    case 'date':
      return draft.apply;
    case 'a':
      return draft.graduated === undefined ? undefined : categoryAWindow(draft.graduated)?.from;
    case 'b':
      return draft.graduated === undefined ? undefined : categoryBWindow(draft.graduated)?.from;
    default:
      return undefined;
  }
}

/**
 * Whether the job offer matters. ImmD: only Category B, "in the 7th to 12th month after the date of
 * graduation", needs one; Category A needs "no job offer". So the offer is asked when the student
 * aims for B, or when the day they gave falls in B's window.
 */
export function jobOfferApplies(draft: Draft): boolean {
  if (draft.when === 'b') return true;
  if (draft.when !== 'date' || draft.graduated === undefined || draft.apply === undefined) return false;
  if (!ISO_DATE.test(draft.apply)) return false;
  const window = categoryBWindow(draft.graduated);
  // 'YYYY-MM-DD' strings order like the dates they name.
  return window !== null && window.from <= draft.apply && draft.apply <= window.to;
}

/** The questions that apply to these answers, in the order they are asked. */
export function applicableFields(draft: Draft): Field[] {
  const fields = [...ALWAYS];
  if (draft.when === 'date') fields.push('apply');
  if (jobOfferApplies(draft)) {
    fields.push('offer');
    if (draft.offer === 'yes') fields.push(...OFFER_TERMS, 'months', 'own-business');
  }
  return FIELDS.filter((field) => fields.includes(field));
}

/** Questions a student must answer: all that apply, except tick boxes (unticked is an answer). */
export function requiredFields(draft: Draft): Field[] {
  return applicableFields(draft).filter((field) => !(OFFER_TERMS as readonly Field[]).includes(field));
}

/** Why a question's answer cannot be used, before any rule looks at it. */
export type FlowErrorCode = 'required' | 'invalid-choice';

const CHOICES: Partial<Record<Field, readonly string[]>> = {
  iang: ['yes', 'no'],
  offer: ['yes', 'no'],
  'own-business': ['yes', 'no'],
  when: PLANS,
};

/**
 * The questions that apply but have no usable answer: missing ('required'), or a choice the
 * question does not offer ('invalid-choice', from a hand-edited URL). Dates, numbers and codes are
 * the rules' business: they name what is wrong with them more precisely.
 */
export function unansweredFields(draft: Draft): { field: Field; code: FlowErrorCode }[] {
  const problems: { field: Field; code: FlowErrorCode }[] = [];
  for (const field of requiredFields(draft)) {
    const value = draft[field];
    const choices = CHOICES[field];
    if (value === undefined) problems.push({ field, code: 'required' });
    else if (choices && !choices.includes(value)) problems.push({ field, code: 'invalid-choice' });
  }
  return problems;
}

/**
 * The id of the control a question's error and "change" links go to: the input itself, or a
 * group's first option (GOV.UK links a radio group's error to its first radio).
 */
export function controlId(field: Field): string {
  if (field === 'when') return `checker-when-${PLANS[0]}`;
  if ((YES_NO_FIELDS as readonly Field[]).includes(field)) return `checker-${field}-yes`;
  return `checker-${field}`;
}

/** The question a URL fragment ('#checker-born') points at, if any: "change" links use them. */
export function fieldOfFragment(fragment: string): Field | undefined {
  const id = decodeURIComponent(fragment.replace(/^#/, ''));
  return FIELDS.find((field) => controlId(field) === id);
}
