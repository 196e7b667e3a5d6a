import type { Graph } from 'schema-dts';
import { endonyms, languageTags, locales, ogLocales, useTranslations, type Locale } from '../i18n';
import { contentSecurityPolicy } from './csp';
import { hreflangAlternates, type Alternate } from './hreflang';
import { ogImageSize } from './og-image';
import { homePath, siteFile, switchLocale } from './paths';
import { documentTitle } from './seo';
import { pageGraph, siteRootOf, type Crumb, type PageEntities } from './structured-data';

/**
 * Route data, as Starlight computes it (utils/routing/data.ts): everything a page's frame shows
 * about the page (its head, canonical URL, alternates, JSON-LD, breadcrumbs, language links) is
 * worked out here, once per page, from what the route says about it. The layout calls `routeData`
 * and its components only read the result: Head.astro, JsonLd.astro, Breadcrumbs.astro and
 * LanguageSwitcher.astro compute nothing.
 */

/** What a route says about its page; BaseLayout's props (src/lib/routes.ts builds most of them). */
export interface PageDescription {
  locale: Locale;
  /** The page's own title; the site's name is appended in <title>. */
  title: string;
  description: string;
  /** From the home page down to this page's parent; the current page is added from `title`. */
  breadcrumbs?: Crumb[] | undefined;
  /** The colour of the page's sector, when it has one. */
  colour?: string | undefined;
  /** The title for search engines and link previews, when it should say more than `title`. */
  metaTitle?: string | undefined;
  /** What the page is about, for its JSON-LD (src/lib/structured-data.ts). */
  structuredData?: PageEntities | undefined;
  /** Not to be indexed (a not-found page): no canonical URL, no alternates, no JSON-LD. */
  noindex?: boolean | undefined;
  /** False where the page has its own search box (home, search). */
  headerSearch?: boolean | undefined;
}

/** Where the page is: Astro's `site` (from SITE_URL) and the page's path, base included. */
export interface RouteContext {
  site: URL | undefined;
  pathname: string;
}

/** Everything in a page's `<head>`, ready to write out. */
export interface HeadData {
  lang: string;
  /** The `<title>`: the page's own title, then the site's name. */
  title: string;
  /** The page's own title, for link previews (which show the site's name on their own). */
  shareTitle: string;
  description: string;
  siteName: string;
  /** The Content-Security-Policy as a meta tag can carry it. */
  policy: string;
  /** Absent on a page that claims no URL (a not-found page is served at any address). */
  canonical: string | undefined;
  alternates: Alternate[];
  ogLocale: string;
  ogLocaleAlternates: string[];
  image: { url: string; alt: string; width: number; height: number };
  icon: string;
  /** Hides what needs script when there is none (public/no-script.css), linked inside <noscript>. */
  noScriptStyles: string;
  noindex: boolean;
}

export interface LanguageLink {
  locale: Locale;
  lang: string;
  name: string;
  /** The same page in that locale; from a not-found page, that locale's home page. */
  href: string;
  current: boolean;
}

export interface RouteData {
  locale: Locale;
  head: HeadData;
  /** The page's JSON-LD; none on a page that is not indexed. */
  graph: Graph | undefined;
  /** The trail shown above the page (home first, the page itself last), when it has one. */
  breadcrumbs: Crumb[] | undefined;
  languages: LanguageLink[];
  /** The page's path, base included: the header marks the link to it as current. */
  pathname: string;
  colour: string | undefined;
  headerSearch: boolean;
}

export function routeData(page: PageDescription, { site, pathname }: RouteContext): RouteData {
  const { locale, title, description, metaTitle = title, noindex = false } = page;
  const t = useTranslations(locale);
  const siteRoot = siteRootOf(site);
  const url = new URL(pathname, siteRoot).href;
  const breadcrumbs = page.breadcrumbs && [...page.breadcrumbs, { label: title }];
  const head: HeadData = {
    lang: languageTags[locale],
    title: documentTitle(metaTitle, t('site.name')),
    shareTitle: metaTitle,
    description,
    siteName: t('site.name'),
    policy: contentSecurityPolicy('meta'),
    canonical: noindex ? undefined : url,
    alternates: noindex ? [] : hreflangAlternates(url, siteRoot, languageTags),
    ogLocale: ogLocales[locale],
    ogLocaleAlternates: locales.filter((l) => l !== locale).map((l) => ogLocales[l]),
    image: { url: new URL(siteFile('og.png'), siteRoot).href, alt: t('seo.ogImageAlt'), ...ogImageSize },
    icon: siteFile('favicon.svg'),
    noScriptStyles: siteFile('no-script.css'),
    noindex,
  };
  // Every indexed page describes itself and its breadcrumb trail (home first, the page last).
  const graph = noindex
    ? undefined
    : pageGraph({ locale, pageUrl: url, siteRoot, title: metaTitle, description, trail: breadcrumbs ?? [{ label: title }], ...page.structuredData });
  return {
    locale,
    head,
    graph,
    breadcrumbs,
    // A page that is not indexed (a not-found page) has no twin in the other locales: their home pages.
    languages: locales.map((other) => ({
      locale: other,
      lang: languageTags[other],
      name: endonyms[other],
      href: noindex ? homePath(other) : switchLocale(pathname, other),
      current: other === locale,
    })),
    pathname,
    colour: page.colour,
    headerSearch: page.headerSearch ?? true,
  };
}
