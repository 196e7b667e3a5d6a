/**
 * What a result says beyond the outcome: which result it is, the reasons for a negative one with the
 * values their sentences name, the windows as they stand for this student, and the "your answers"
 * list with a "change" link per question. Pure, so the island only turns these into elements and
 * words.
 */
import {
  compareDates,
  eighteenthBirthday,
  formatIsoDate,
  latestGraduation,
  type Assessment,
  type Category,
  type CheckedAnswers,
  type RuleId,
  type Window,
  type Windows,
} from '../eligibility';
import { intakeValues } from '../intake-sources';
import { OFFER_TERMS, isOfferTerm, type OfferTerm } from './choices';
import type { Evaluation } from './evaluate';
import type { Field } from './fields';
import type { Flow } from './flow';
import { controlId } from './form-ids';
import { queryOf } from './query';

/**
 * The results the checker gives. Green: 'category-a', 'category-b'. Amber: 'not-yet-known' (an
 * intake after the latest list). Red, with no window shown: 'ruled-out' (an answer rules the
 * student out whatever day they apply) and 'not-on-that-day' (every answer about the student holds,
 * but not on the day or in the window given: too young that day, outside the windows, or in
 * Category B's without a job offer that meets every condition).
 */
export const RESULT_OUTCOMES = ['category-a', 'category-b', 'not-yet-known', 'ruled-out', 'not-on-that-day'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

export type Shown = Extract<Evaluation, { status: 'ruled-out' | 'assessed' }>;

export function resultOutcome(evaluation: Shown): ResultOutcome {
  if (evaluation.status === 'ruled-out') return 'ruled-out';
  const { outcome } = evaluation.assessment;
  return outcome === 'not-eligible' ? 'not-on-that-day' : outcome;
}

/** Whether a result is negative: such a result shows no application window. */
export const isNegative = (outcome: ResultOutcome) => outcome === 'ruled-out' || outcome === 'not-on-that-day';

/**
 * Why a result is negative, one sentence each. Most are the rule's own; the age rule has two
 * (too young on the day chosen, with the day they may apply; or 18 only after the last day), and
 * so has the window rule (a day before graduation, or after the last day).
 */
export type ReasonId = Exclude<RuleId, 'age' | 'window'> | 'age-on-the-day' | 'age-after-last-day' | 'window-before' | 'window-after';

/** Placeholder values for a sentence: `dates` are 'YYYY-MM-DD', to be written in the reader's style. */
export interface SentenceValues {
  text: Record<string, string>;
  dates: Record<string, string>;
  /** The way in the earliest day falls in, for {category}. */
  category?: Category;
}

export interface Reason {
  id: ReasonId;
  values: SentenceValues;
}

/** The reasons for a negative result, in RULE_IDS order; none for any other. */
export function reasons(evaluation: Shown, flow: Flow, separator = ', '): Reason[] {
  const values = sentenceValues(flow, separator);
  if (evaluation.status === 'ruled-out') {
    return evaluation.rules.map((rule) => ({ id: rule === 'age' ? 'age-after-last-day' : rule, values }));
  }
  const { assessment, answers } = evaluation;
  if (assessment.outcome !== 'not-eligible') return [];
  return assessment.failed.map((rule) => ({ id: reasonOf(rule, answers, assessment), values }));
}

function reasonOf(rule: RuleId, answers: CheckedAnswers, assessment: Extract<Assessment, { outcome: 'not-eligible' }>): ReasonId {
  if (rule === 'age') return assessment.earliest ? 'age-on-the-day' : 'age-after-last-day';
  if (rule === 'window') return compareDates(answers.applicationDate, answers.graduationDate) < 0 ? 'window-before' : 'window-after';
  return rule;
}

/**
 * Every value a reason's sentence may name, from the answers read so far (a result that ends early
 * has only some): {intake}, {immdIntakes} and {brochureIntakes} (lists joined with `separator`, the
 * reader's: '、' in Chinese), and the dates {applied}, {graduated}, {deadline} (the last graduation
 * date that completes the intake in time), {birthday} (the 18th), {earliest}, {last} (the last day
 * to apply).
 */
export function sentenceValues(flow: Flow, separator = ', '): SentenceValues {
  const { known, dates } = flow;
  const text: Record<string, string> = { ...intakeValues(separator) };
  const iso: Record<string, string> = {};
  if (known.intake) {
    text.intake = known.intake.label;
    iso.deadline = formatIsoDate(latestGraduation(known.intake));
  }
  if (known.applicationDate) iso.applied = formatIsoDate(known.applicationDate);
  if (known.graduationDate) iso.graduated = formatIsoDate(known.graduationDate);
  if (known.dateOfBirth) iso.birthday = formatIsoDate(eighteenthBirthday(known.dateOfBirth));
  if (dates.ranges) iso.last = formatIsoDate(dates.ranges.categoryB.to);
  if (dates.earliest) iso.earliest = formatIsoDate(dates.earliest.day);
  return { text, dates: iso, ...(dates.earliest && { category: dates.earliest.category }) };
}

/**
 * The windows as they stand for this student: Category A's from the first day they are 18 (null
 * when they turn 18 only after it closes), Category B's likewise. For a student 18 by graduation,
 * the windows themselves.
 */
export function windowsFor(windows: Windows, earliest: { date: string } | null): { categoryA: Window | null; categoryB: Window | null } {
  const from = earliest?.date;
  const clip = (window: Window): Window | null => {
    if (from === undefined || from > window.to) return null;
    return from > window.from ? { from, to: window.to } : window;
  };
  return { categoryA: clip(windows.categoryA), categoryB: clip(windows.categoryB) };
}

/** Whether the earliest day is the 18th birthday rather than graduation day, which the result then explains. */
export const turnsEighteenLater = (windows: Windows, earliest: { date: string } | null) =>
  earliest !== null && earliest.date > windows.categoryA.from;

/** A row of "your answers": the tick boxes of the offer are one row, 'terms'. */
export type SummaryRowId = Exclude<Field, OfferTerm> | 'terms';

export interface SummaryRow {
  id: SummaryRowId;
  /** The answer as given: a value, or for 'terms' the ticked terms (none is an answer too). */
  values: string[];
  /** Back to the question with every answer kept: the same query, and the question's fragment. */
  changeHref: string;
}

/** "Your answers": one row per question that applies, each with its "change" link. */
export function summaryRows(flow: Flow): SummaryRow[] {
  const query = queryOf(flow).toString();
  const changeHref = (field: Field) => `?${query}#${controlId(field)}`;
  const rows: SummaryRow[] = [];
  for (const field of flow.fields) {
    if (!isOfferTerm(field)) {
      rows.push({ id: field, values: [flow.draft[field] ?? ''], changeHref: changeHref(field) });
    } else if (field === OFFER_TERMS[0]) {
      const ticked = OFFER_TERMS.filter((term) => flow.draft[term] === 'yes');
      rows.push({ id: 'terms', values: ticked, changeHref: changeHref(field) });
    }
  }
  return rows;
}
