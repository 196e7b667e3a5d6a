/**
 * The vocabulary of programme facts (issue 8), shared by the content schema and the programme page,
 * kept here because src/content.config.ts cannot be imported outside Astro.
 */

/** What a programme fact is about. The page groups them in src/lib/programme-facts.ts. */
export const factKinds = [
  'institution',
  'campus',
  'medium',
  'subjects',
  'stream',
  'furtherStudy',
  'recognition',
  'career',
  'note',
] as const;

/** The fields of a programme's `official` block that state something, and so need a source. */
export const officialFields = ['nameEn', 'nameZhHant', 'code', 'institution'] as const;
