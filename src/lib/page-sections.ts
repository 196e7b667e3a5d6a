/**
 * The sections each page must have, as data: the ids of their headings (`<h2 id>`, which the
 * section's aria-labelledby names). The built-site tests check every page against these lists, so a
 * page that loses a section fails a test rather than going unnoticed.
 */

/** A programme page's sections, in page order, with when each must be there. */
export const programmeSections = [
  /** Key facts first (issue 17), "not published" where a fact is unknown. */
  { id: 'key-facts', when: 'always' },
  { id: 'about', when: 'always' },
  { id: 'jobs', when: 'always' },
  /** The scheme's shared rules, folded into a summary that links the rules page. */
  { id: 'scheme', when: 'always' },
  /** Only where the sector has other programmes (Automobile Engineering has one). */
  { id: 'siblings', when: 'hasSiblings' },
  /** The sources once: the programme's numbered notes and the scheme's sources. */
  { id: 'sources', when: 'always' },
] as const;

export interface ProgrammeShape {
  hasSiblings: boolean;
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
