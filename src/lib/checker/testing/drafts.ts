/** Test-only helpers for drafts. */
import type { Draft, Field } from '../fields';

/** The draft with these questions unanswered (exactOptionalPropertyTypes forbids `x: undefined`). */
export function without(draft: Draft, ...fields: Field[]): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([key]) => !fields.includes(key as Field)));
}
