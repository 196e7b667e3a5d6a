/**
 * The checker's questions by name. Each name is a query string key and, but for the date of birth,
 * a form control's `name`, so a result's URL is the form, filled in. The rest of the checker is split by job, as GOV.UK's
 * smart-answers keeps flow, policy and words apart:
 *
 * - choices.ts: the options a question offers (plans, yes/no, the offer's terms, intakes);
 * - derived-dates.ts: the dates the answers imply (the windows, the application day);
 * - flow.ts: which questions apply, and the one flow state everything else reads;
 * - form-ids.ts: the element ids error and "change" links go to;
 * - query.ts, evaluate.ts, result.ts: the URL, the verdict, what a result says.
 */

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
 * The date of birth is asked in three boxes (GOV.UK's date input: no calendar to scroll back 17
 * years), named by part; the URL holds the date they make, under 'born'.
 */
export const BORN_PARTS = { year: 'born-year', month: 'born-month', day: 'born-day' } as const;
