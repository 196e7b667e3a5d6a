/**
 * Answers live in the URL's query string, so a result can be shared, reloaded and printed. The
 * query's keys are the form's control names (FIELDS), so a plain GET form writes the same URL the
 * island does, and only the questions that apply are kept: a stale job offer does not linger in
 * the address of a Category A result.
 */
import { FIELDS, type Draft } from './fields';
import type { Flow } from './flow';

/** The answers in a query string: known keys only, trimmed, empty ones dropped. */
export function draftFromQuery(params: URLSearchParams): Draft {
  const draft: Draft = {};
  for (const field of FIELDS) {
    const value = params.get(field)?.trim();
    if (value) draft[field] = value;
  }
  return draft;
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
