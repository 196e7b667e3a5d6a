/**
 * The sections each page must have, as data: the ids of their headings (`<h2 id>`, which the
 * section's aria-labelledby names). The built-site tests check every page against these lists, so a
 * page that loses a section fails a test rather than going unnoticed.
 */

/** A programme page's sections, in page order, with when each must be there. */
export const programmeSections = [
  { id: 'about', when: 'always' },
  { id: 'jobs', when: 'always' },
  { id: 'after', when: 'always' },
  { id: 'conditions', when: 'always' },
  /** Only where the sector has other programmes (Automobile Engineering has one). */
  { id: 'siblings', when: 'hasSiblings' },
  /** Only where the programme cites a source of its own: no empty "Sources for this programme". */
  { id: 'programme-sources', when: 'citesSources' },
  { id: 'sources', when: 'always' },
] as const;

export interface ProgrammeShape {
  hasSiblings: boolean;
  citesSources: boolean;
}

/** The section ids a programme page must have, in page order. */
export function requiredProgrammeSections(shape: ProgrammeShape): string[] {
  return programmeSections.filter(({ when }) => when === 'always' || shape[when]).map(({ id }) => id);
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
