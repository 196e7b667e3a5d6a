import { ELIGIBLE_INTAKES } from './eligibility';
import type { SourceId } from './sources';

/**
 * Which source names each intake the scheme covers, so the site cites each source for its own part
 * (facts file, "Who can apply", 2): ImmD's page (revision of 30 Sep 2025) names 2024/25 and
 * 2025/26 only; 2026/27 rests on the VTC's brochure of December 2025, which lists its programmes.
 * A new intake is a compile error here until someone says which source names it.
 */
export const INTAKE_SOURCES = {
  '2024/25': 'immd',
  '2025/26': 'immd',
  '2026/27': 'brochure',
} as const satisfies Record<(typeof ELIGIBLE_INTAKES)[number], SourceId>;

export type IntakeSource = (typeof INTAKE_SOURCES)[keyof typeof INTAKE_SOURCES];

/** The intakes a source names, oldest first. */
export function intakesNamedBy(source: IntakeSource): string[] {
  return ELIGIBLE_INTAKES.filter((intake) => INTAKE_SOURCES[intake] === source);
}

/** True when only the brochure, not ImmD's page, names an intake as eligible. */
export function restsOnBrochure(intake: string): boolean {
  return Object.hasOwn(INTAKE_SOURCES, intake) && INTAKE_SOURCES[intake as keyof typeof INTAKE_SOURCES] === 'brochure';
}

/**
 * The `{immdIntakes}` and `{brochureIntakes}` of a sentence, each list joined the reader's way
 * ('2024/25、2025/26' in Chinese, '2024/25, 2025/26' in English).
 */
export function intakeValues(separator: string): { immdIntakes: string; brochureIntakes: string } {
  return { immdIntakes: intakesNamedBy('immd').join(separator), brochureIntakes: intakesNamedBy('brochure').join(separator) };
}
