import { pick, useTranslations, type Locale, type Localised } from '../i18n';

/**
 * Titles, descriptions and small texts for search engines and link previews. Each page of a kind
 * gets its own words from the content, so no two pages share a title or a description (a test checks
 * every built page). The wording is in the dictionaries under `seo.*`.
 */

/** What these functions read from a programme entry (a `CollectionEntry<'programmes'>` fits). */
export interface ProgrammeLike {
  id: string;
  data: { name: Localised };
}

/** What these functions read from a sector entry (a `CollectionEntry<'sectors'>` fits). */
export interface SectorLike {
  id: string;
  data: { name: Localised; jobTitles: readonly Localised[] };
}

export interface PageMeta {
  /** The page's own title; Head.astro appends the site's name. */
  title: string;
  description: string;
}

/**
 * How many example jobs a description names. Search engines cut descriptions at about 150 Latin
 * characters (Baidu at about 80 Chinese ones), so the programme and sector come first and only the
 * brochure's first few jobs follow.
 */
const jobsInDescription = 3;

function jobList(sector: SectorLike, locale: Locale): string {
  const t = useTranslations(locale);
  return sector.data.jobTitles
    .slice(0, jobsInDescription)
    .map((job) => pick(job, locale))
    .join(t('list.separator'));
}

/**
 * A programme page names the programme, its sector and VPAS (the site name, appended, says VPAS).
 * It names no intakes: those are the site's reading of the trade history, which the page itself
 * labels as such, and a description has no room to say so.
 */
export function programmeMeta(programme: ProgrammeLike, sector: SectorLike, locale: Locale): PageMeta {
  const t = useTranslations(locale);
  const values = {
    programme: pick(programme.data.name, locale),
    sector: pick(sector.data.name, locale),
    jobs: jobList(sector, locale),
  };
  return { title: t('seo.programmeTitle', values), description: t('seo.programmeDescription', values) };
}

/**
 * How many programmes a sector page's description names, for the same reason: the real catalogue's
 * largest sector has 9 (all named); a larger page of a sector names its first 9 and counts the rest,
 * so that a description does not grow with the catalogue (issue 15) and its words are about the page.
 */
export const programmesInDescription = 9;

/** A sector page names the sector and lists its programmes (those on the page, when it has several). */
export function sectorMeta(sector: SectorLike, programmes: readonly ProgrammeLike[], locale: Locale): PageMeta {
  const t = useTranslations(locale);
  const names = programmes
    .slice(0, programmesInDescription)
    .map((p) => pick(p.data.name, locale))
    .join(t('list.separator'));
  const more = programmes.length - programmesInDescription;
  const values = {
    sector: pick(sector.data.name, locale),
    programmes: more > 0 ? t('seo.moreProgrammes', { names, count: more }) : names,
    jobs: jobList(sector, locale),
  };
  return { title: t('seo.sectorTitle', values), description: t('seo.sectorDescription', values) };
}

/**
 * The text of a page's <title>: the page's own title, then the site's name. Search engines cut a
 * title at about 600 px (some 60–70 Latin characters), so when the site's full name would push the
 * title past 70 characters only the brand follows ("| VPAS"): the page's own words come first and
 * the scheme's name stays in every title.
 */
export const maxTitleLength = 70;

export function documentTitle(title: string, siteName: string, brand = 'VPAS'): string {
  if (title === siteName) return title;
  const full = `${title} | ${siteName}`;
  return full.length <= maxTitleLength ? full : `${title} | ${brand}`;
}

/**
 * robots.txt: everything may be crawled; the sitemap is named by absolute URL, as the protocol
 * requires. Crawlers read robots.txt only at a host's root: when the site lives under a base path,
 * this file (served under that path) is for reference, and the host's own robots.txt should carry
 * the same Sitemap line.
 */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Disallow:', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
