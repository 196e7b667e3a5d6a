/**
 * The vocabulary of programme facts (issue 8), shared by the content schema and the programme page,
 * kept here because src/content.config.ts cannot be imported outside Astro.
 */

/** What a programme fact is about. The page groups them in src/lib/programme-facts.ts. */
export const factKinds = [
  'institution',
  'campus',
  'subjects',
  'stream',
  'furtherStudy',
  'recognition',
  'career',
  'note',
] as const;

/** The fields of a programme's `official` block that state something, and so need a source. */
export const officialFields = ['nameEn', 'nameZhHant', 'code', 'institution'] as const;

/**
 * The languages of teaching a source may state for a class (issue 12), or 'not-stated' where it
 * lists the class without one: the site never infers a language from a name or a code's letter.
 */
export const mediaOfInstruction = ['cantonese', 'putonghua', 'not-stated'] as const;
export type MediumOfInstruction = (typeof mediaOfInstruction)[number];
