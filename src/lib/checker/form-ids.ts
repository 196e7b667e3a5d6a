/**
 * The element ids of the checker's controls: error summary links and "change" links go to them,
 * and a URL fragment naming one ('#checker-born') opens the form at that question.
 */
import { PLANS, YES_NO_FIELDS } from './choices';
import { FIELDS, type Field } from './fields';

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
