/**
 * The options the checker's questions offer, and how a chosen option is read. Choices that come
 * from the rules (the intakes) are derived from them, so the form cannot offer a year the rules
 * do not know how to read.
 */
import { ELIGIBLE_INTAKES } from '../eligibility';
import type { Field } from './fields';

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

const YES_NO = ['yes', 'no'] as const;

export function isPlan(value: string | undefined): value is Plan {
  return (PLANS as readonly (string | undefined)[]).includes(value);
}

export function isOfferTerm(field: Field): field is OfferTerm {
  return (OFFER_TERMS as readonly Field[]).includes(field);
}

/** The options a radio question offers; undefined for questions answered in free form. */
export function choicesOf(field: Field): readonly string[] | undefined {
  if (field === 'when') return PLANS;
  return (YES_NO_FIELDS as readonly Field[]).includes(field) ? YES_NO : undefined;
}

/** 'yes' is true, 'no' false; anything else is not an answer. */
export function readYesNo(value: string | undefined): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/**
 * The academic years offered by the intake question, newest first, as a student looks for a
 * recent year: the scheme's, two before it, so that a student admitted just before the pilot finds
 * their year and is told why it matters, and two after the latest list, which the rules answer
 * "not yet known": a student at secondary school now, aged 16 or 17, would be admitted in one of
 * those. Years further on are guesswork for everyone, the site included.
 */
export function intakeOptions(): string[] {
  const firstYears = ELIGIBLE_INTAKES.map((intake) => Number(intake.slice(0, 4)));
  const years: string[] = [];
  for (let year = Math.max(...firstYears) + 2; year >= Math.min(...firstYears) - 2; year--) {
    years.push(`${year}/${String((year + 1) % 100).padStart(2, '0')}`);
  }
  return years;
}
