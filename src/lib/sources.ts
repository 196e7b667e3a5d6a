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
  /**
   * The VTC's Mainland and International Affairs Office: fees and scholarships for non-local
   * students (2024/25 figures, the latest found; read from stored copies in 2026-11). The Simplified
   * Chinese page names the fees as the site's zh-Hans pages do (留位费, 学生服务费); no Traditional
   * Chinese page was read, so zh-Hant links the English one.
   */
  miaoFees: {
    titleKey: 'sources.miaoFees',
    asOf: '2026-11',
    url: {
      'zh-hans': 'https://miao.vtc.edu.hk/sc/nls-admission/fees-and-scholarships',
      'zh-hant': 'https://miao.vtc.edu.hk/nls-admission/fees-and-scholarships',
      en: 'https://miao.vtc.edu.hk/nls-admission/fees-and-scholarships',
    },
  },
  /** The same office's procedures and key dates for Macao, Taiwan and international applicants (read 2026-11). */
  miaoDates: {
    titleKey: 'sources.miaoDates',
    asOf: '2026-11',
    url: 'https://miao.vtc.edu.hk/nls-admission/application-procedures-and-keydates',
  },
  /** THEi (a VTC member institution): tuition and living costs for its Mainland students, 2024/25 (read 2026-11). */
  theiCosts: {
    titleKey: 'sources.theiCosts',
    asOf: '2026-11',
    url: 'https://www.thei.edu.hk/sc/admissions/mainland-admission/application/tuition-fees',
  },
  /** ImmD's page on the Immigration Arrangements for Non-local Graduates: the authority on IANG. No revision date was recorded. */
  immdIang: {
    titleKey: 'sources.immdIang',
    asOf: null,
    url: 'https://www.immd.gov.hk/eng/services/visas/IANG.html',
  },
} as const satisfies Record<
  string,
  { titleKey: MessageKey; asOf: string | null; url: string | Record<Locale, string> | null }
>;

export type SourceId = keyof typeof sources;

/** The address of a source in the reader's language, where the source has one per language. */
export function sourceUrl(id: SourceId, locale: Locale): string | null {
  const { url } = sources[id];
  return url === null || typeof url === 'string' ? url : url[locale];
}

/** Every source id, in the order above. */
export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];

/**
 * The newest "as of" date among the sources a page relies on: the page is as current as that.
 * A source without a recorded date (ImmD's IANG page) does not count; at least one must have one.
 */
export function informationAsOf(ids: readonly SourceId[]): string {
  const dates = ids.map((id): string | null => sources[id].asOf).filter((date): date is string => date !== null);
  if (dates.length === 0) throw new Error(`no dated source among ${ids.join(', ')}`);
  return dates.reduce((a, b) => (a > b ? a : b));
}
