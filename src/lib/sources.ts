import type { Locale, MessageKey } from '../i18n';

/**
 * The official sources the site's statements about the scheme come from (../shared/facts/vpas.md).
 * Pages that state rules list the ones they rely on, with the date the information is as of.
 */
export const sources = {
  /** ImmD's VPAS page: the authority for applications. Revision of 30 Sep 2025. */
  immd: {
    titleKey: 'sources.immd',
    asOf: '2025-09-30',
    url: {
      'zh-hans': 'https://www.immd.gov.hk/hks/services/visas/vpas.html',
      'zh-hant': 'https://www.immd.gov.hk/hkt/services/visas/vpas.html',
      en: 'https://www.immd.gov.hk/eng/services/visas/vpas.html',
    },
  },
  /** ImmD's fees for the specified schemes, in force from 26 Feb 2025. */
  immdFees: {
    titleKey: 'sources.immdFees',
    asOf: '2025-02-26',
    url: 'https://www.immd.gov.hk/eng/specifiedschemes.html',
  },
  /** ImmD's page on entry for study: student visas, internships while studying. */
  immdStudy: {
    titleKey: 'sources.immdStudy',
    asOf: '2025-09-30',
    url: 'https://www.immd.gov.hk/eng/services/visas/study.html',
  },
  /** The VTC's VPAS site, with the official list of eligible programmes. */
  vtc: { titleKey: 'sources.vtc', asOf: '2025-12', url: 'https://vpas.vtc.edu.hk/' },
  /** The VTC's VPAS page for students. */
  vtcStudents: {
    titleKey: 'sources.vtcStudents',
    asOf: '2025-12',
    url: 'https://www.vtc.edu.hk/hqip/vpas-std.php',
  },
  /** The VTC's Simplified Chinese brochure: the 2026/27 sectors, programmes and job titles. */
  /** It is a printed leaflet with no address of its own: cited by title only. */
  brochure: { titleKey: 'sources.brochure', asOf: '2025-12', url: null },
} as const satisfies Record<
  string,
  { titleKey: MessageKey; asOf: string; url: string | Record<Locale, string> | null }
>;

export type SourceId = keyof typeof sources;

/** The address of a source in the reader's language, where the source has one per language. */
export function sourceUrl(id: SourceId, locale: Locale): string | null {
  const { url } = sources[id];
  return url === null || typeof url === 'string' ? url : url[locale];
}

/** The newest "as of" date among the sources a page relies on: the page is as current as that. */
export function informationAsOf(ids: readonly SourceId[]): string {
  return ids.map((id) => sources[id].asOf).reduce((a, b) => (a > b ? a : b));
}
