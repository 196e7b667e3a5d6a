/**
 * Choices the form offers that come from the rules rather than from content.
 */
import { ELIGIBLE_INTAKES } from '../eligibility';

/**
 * The academic years offered by the intake question: the scheme's, two before and one after, so a
 * student admitted outside them can still say so and be told why it matters. Newest first, as a
 * student looks for a recent year.
 */
export function intakeOptions(): string[] {
  const first = Number(ELIGIBLE_INTAKES[0].slice(0, 4)) - 2;
  const last = Number(ELIGIBLE_INTAKES[ELIGIBLE_INTAKES.length - 1]?.slice(0, 4)) + 1;
  const years: string[] = [];
  for (let year = last; year >= first; year--) years.push(`${year}/${String((year + 1) % 100).padStart(2, '0')}`);
  return years;
}

/**
 * JSON for a `<script type="application/json">` data block: a data block is not run, so a
 * Content-Security-Policy without 'unsafe-inline' allows it, but its text must not close the
 * element. `<` is written as \u003c (still the same JSON), and so are U+2028/U+2029 for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
