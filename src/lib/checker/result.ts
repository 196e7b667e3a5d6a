/**
 * What a result says beyond the outcome: the values each failed rule's sentence names, and the
 * "your answers" list with a "change" link per question. Pure, so the island only turns these
 * into elements and words.
 */
import { latestGraduationDate, type Answers, type RuleId, type Windows } from '../eligibility';
import { intakeValues } from '../intake-sources';
import { OFFER_TERMS, applicableFields, controlId, type Draft, type Field, type OfferTerm } from './fields';
import { queryFromDraft } from './query';

/** Placeholder values for a sentence: `dates` are 'YYYY-MM-DD', to be written in the reader's style. */
export interface SentenceValues {
  text: Record<string, string>;
  dates: Record<string, string>;
}

/**
 * The values the sentence for a failed rule fills in ({date}, {intake}, …). Lists are joined with
 * `separator`, the reader's ('、' in Chinese).
 */
export function failureValues(rule: RuleId, answers: Answers, windows: Windows, separator = ', '): SentenceValues {
  switch (rule) {
    case 'age':
      return { text: {}, dates: { date: answers.applicationDate } };
    case 'intake':
      // Each source for its own part: ImmD names some intakes, the brochure the newest.
      return { text: { intake: answers.intakeYear, ...intakeValues(separator) }, dates: {} };
    case 'programme':
      return { text: { intake: answers.intakeYear }, dates: {} };
    case 'completion':
      return {
        text: { intake: answers.intakeYear },
        dates: { date: latestGraduationDate(answers.intakeYear) ?? '', graduated: answers.graduationDate },
      };
    case 'window':
      return {
        text: {},
        dates: { from: windows.categoryA.from, to: windows.categoryB.to, date: answers.applicationDate },
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

export function changeHref(draft: Draft, field: Field): string {
  return `?${queryFromDraft(draft).toString()}#${controlId(field)}`;
}

export function summaryRows(draft: Draft): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const field of applicableFields(draft)) {
    if ((OFFER_TERMS as readonly Field[]).includes(field)) {
      if (field !== OFFER_TERMS[0]) continue;
      const ticked = OFFER_TERMS.filter((term) => draft[term] === 'yes');
      rows.push({ id: 'terms', values: ticked, changeHref: changeHref(draft, field) });
    } else {
      rows.push({ id: field as SummaryRow['id'], values: [draft[field] ?? ''], changeHref: changeHref(draft, field) });
    }
  }
  return rows;
}
