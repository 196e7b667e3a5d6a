/**
 * Test-only (nothing outside the tests imports this folder). The sections each page must have, as
 * data: the ids of their headings (`<h2 id>`, which the section's aria-labelledby names). The
 * built-site tests check every page against these lists, so a page that loses a section fails a
 * test rather than going unnoticed.
 */

/** A programme page's sections, in page order (issue 17: key facts first, the rules folded, sources once). */
export const programmeSections = ['key-facts', 'about', 'jobs', 'scheme', 'siblings', 'sources'] as const;

export interface ProgrammeShape {
  /** The sector has other programmes (Automobile Engineering has one). */
  hasSiblings: boolean;
}

/** The sections only some programme pages have, and when they must be there. */
const conditional: Partial<Record<(typeof programmeSections)[number], keyof ProgrammeShape>> = {
  siblings: 'hasSiblings',
};

/** The section ids a programme page must have, in page order. */
export function requiredProgrammeSections(shape: ProgrammeShape): string[] {
  return programmeSections.filter((id) => {
    const when = conditional[id];
    return when === undefined || shape[when];
  });
}

/** The support page's sections, in page order: all always there. */
export const supportSections = ['offers', 'sources'] as const;

/** The rules page's sections, in page order (issue 17: the rules left the support page). */
export const rulesSections = [
  'rules-who',
  'rules-after',
  'while-studying',
  'after-arrival',
  'rules-family',
  'rules-residence',
  'fees',
  'fine-print',
  'sources',
] as const;
