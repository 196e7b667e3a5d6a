/**
 * What a result says beyond the outcome: the values each failed rule's sentence names, and the
 * "your answers" list with a "change" link per question. Pure, so the island only turns these
 * into elements and words.
 */
import {
  formatIsoDate,
  latestGraduation,
  type CheckedAnswers,
  type RuleId,
  type Windows,
} from '../eligibility';
import { intakeValues } from '../intake-sources';
import { OFFER_TERMS, isOfferTerm, type OfferTerm } from './choices';
import type { Field } from './fields';
import type { Flow } from './flow';
import { controlId } from './form-ids';
import { queryOf } from './query';

/** Placeholder values for a sentence: `dates` are 'YYYY-MM-DD', to be written in the reader's style. */
export interface SentenceValues {
  text: Record<string, string>;
  dates: Record<string, string>;
}

/**
 * The values the sentence for a failed rule fills in ({date}, {intake}, …). Lists are joined with
 * `separator`, the reader's ('、' in Chinese).
 */
export function failureValues(rule: RuleId, answers: CheckedAnswers, windows: Windows, separator = ', '): SentenceValues {
  switch (rule) {
    case 'age':
      return { text: {}, dates: { date: formatIsoDate(answers.applicationDate) } };
    case 'intake':
      // Each source for its own part: ImmD names some intakes, the brochure the newest.
      return { text: { intake: answers.intake.label, ...intakeValues(separator) }, dates: {} };
    case 'programme':
      return { text: { intake: answers.intake.label }, dates: {} };
    case 'completion':
      return {
        text: { intake: answers.intake.label },
        dates: { date: formatIsoDate(latestGraduation(answers.intake)), graduated: formatIsoDate(answers.graduationDate) },
      };
    case 'window':
      return {
        text: {},
        dates: { from: windows.categoryA.from, to: windows.categoryB.to, date: formatIsoDate(answers.applicationDate) },
      };
    default:
      return { text: {}, dates: {} };
  }
}

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
