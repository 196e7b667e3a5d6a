import type { Locale, MessageKey } from '../i18n';

/**
 * The official sources the site's statements about the scheme come from (../shared/facts/vpas.md).
 * Pages that state rules list the ones they rely on, with the date the information is as of.
 *
 * `asOf` is each source's own date as the facts file gives it ('YYYY-MM-DD', or 'YYYY-MM' where
 * only the month is known), or null where it gives none: a date is never borrowed from another
 * source.
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
  /** ImmD's page on entry for study: student visas, internships while studying. No date known. */
  immdStudy: {
    titleKey: 'sources.immdStudy',
    asOf: null,
    url: 'https://www.immd.gov.hk/eng/services/visas/study.html',
  },
  /** The VTC's VPAS site, with the official list of eligible programmes. No date known. */
  vtc: { titleKey: 'sources.vtc', asOf: null, url: 'https://vpas.vtc.edu.hk/' },
  /** The VTC's VPAS page for students: the 2025/26 list of programmes and codes. No date known. */
  vtcStudents: {
    titleKey: 'sources.vtcStudents',
    asOf: null,
    url: 'https://www.vtc.edu.hk/hqip/vpas-std.php',
  },
  /**
   * The VTC's Simplified Chinese brochure, "资料截至2025年12月": the 2026/27 sectors, programmes and
   * job titles. A printed leaflet with no address of its own: cited by title only.
   */
  brochure: { titleKey: 'sources.brochure', asOf: '2025-12', url: null },
  /**
   * The VTC's Mainland and International Affairs Office: fees and scholarships for non-local
   * students (2024/25 figures, the latest found; read from stored copies in 2026-11, the page's own
   * date not known, so none: each figure carries its year). The Simplified Chinese page names the
   * fees as the site's zh-Hans pages do (留位费, 学生服务费); no Traditional Chinese page was read, so
   * zh-Hant links the English one.
   */
  miaoFees: {
    titleKey: 'sources.miaoFees',
    asOf: null,
    url: {
      'zh-hans': 'https://miao.vtc.edu.hk/sc/nls-admission/fees-and-scholarships',
      'zh-hant': 'https://miao.vtc.edu.hk/nls-admission/fees-and-scholarships',
      en: 'https://miao.vtc.edu.hk/nls-admission/fees-and-scholarships',
    },
  },
  /** The same office's procedures and key dates for Macao, Taiwan and international applicants (read 2026-11; no date known). */
  miaoDates: {
    titleKey: 'sources.miaoDates',
    asOf: null,
    url: 'https://miao.vtc.edu.hk/nls-admission/application-procedures-and-keydates',
  },
  /** THEi (a VTC member institution): tuition and living costs for its Mainland students, 2024/25 (read 2026-11; no date known). */
  theiCosts: {
    titleKey: 'sources.theiCosts',
    asOf: null,
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
 * Null when none of them has a date. ('YYYY-MM' and 'YYYY-MM-DD' strings order like the dates.)
 */
export function informationAsOf(ids: readonly SourceId[]): string | null {
  const dates = ids.map((id): string | null => sources[id].asOf).filter((date): date is string => date !== null);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}

/** The site's "information as of" date: the newest date of all its sources. */
export const siteInformationAsOf: string = informationAsOf(Object.keys(sources) as SourceId[]) ?? '';

/**
 * Whether a build on `buildDay` ('YYYY-MM-DD') comes more than 12 months after the information's
 * date, so that every page must say it may be out of date. A month ('2025-12') counts as its last
 * day: information "as of December 2025" goes stale after 31 December 2026, from 1 January 2027.
 */
export function isStale(asOf: string, buildDay: string): boolean {
  const [year = 0, month = 1, day] = asOf.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const last = day ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
  const limit = new Date(Date.UTC(year + 1, month - 1, last));
  // 29 February a year on does not exist: Date rolls it to 1 March; the limit is 28 February.
  if (limit.getUTCDate() !== last) limit.setUTCDate(0);
  return buildDay > limit.toISOString().slice(0, 10);
}
