/**
 * Answers live in the URL's query string, so a result can be shared, reloaded and printed. The
 * query's keys are the form's control names (FIELDS), so a plain GET form writes the same URL the
 * island does, and only the questions that apply are kept: a stale job offer does not linger in
 * the address of a Category A result.
 */
import { BORN_PARTS, FIELDS, type Draft } from './fields';
import type { Flow } from './flow';

/**
 * The answers in a query string (or a form's data, which has the same keys): known keys only,
 * trimmed, empty ones dropped. The date of birth comes as 'born', or as the three boxes it is
 * asked in (a form sent without script), which make one 'YYYY-MM-DD' date.
 */
export function draftFromQuery(params: URLSearchParams): Draft {
  const draft: Draft = {};
  for (const field of FIELDS) {
    const value = params.get(field)?.trim();
    if (value) draft[field] = value;
  }
  const born = bornFromParts(params.get(BORN_PARTS.year), params.get(BORN_PARTS.month), params.get(BORN_PARTS.day));
  if (draft.born === undefined && born !== undefined) draft.born = born;
  return draft;
}

/**
 * The date the three boxes make: '2005-05-20' from 2005, 5 and 20 (a month or day of one digit is
 * padded). Undefined when all three are empty; when one is missing or not a number, what was typed,
 * joined, which the rules then call a malformed date ('2005--20'), so the student is told.
 */
export function bornFromParts(year: string | null, month: string | null, day: string | null): string | undefined {
  const parts = [year, month, day].map((part) => part?.trim() ?? '');
  if (parts.every((part) => part === '')) return undefined;
  const [y = '', m = '', d = ''] = parts;
  const padded = /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) ? [y, m.padStart(2, '0'), d.padStart(2, '0')] : parts;
  return padded.join('-');
}

/**
 * The three boxes' values for a date of birth as the draft holds it: year, month and day as a
 * person writes them ('5', not '05'); what was typed, for a date the rules could not read, so the
 * student sees it beside the error; nothing for anything else.
 */
export function partsOfBorn(born: string | undefined): { year: string; month: string; day: string } {
  const parts = born?.split('-') ?? [];
  const [year = '', month = '', day = ''] = parts.length === 3 ? parts : [];
  const unpadded = (part: string) => (/^\d{1,2}$/.test(part) ? String(Number(part)) : part);
  return { year, month: unpadded(month), day: unpadded(day) };
}

/** The query string for a flow: the answers that apply, in the order the questions are asked. */
export function queryOf(flow: Flow): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of flow.fields) {
    const value = flow.draft[field];
    if (value) params.set(field, value);
  }
  return params;
}
