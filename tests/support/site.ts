import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { locales, type Locale } from '../../src/i18n';
import { filesUnder } from './files';
import { builtBase, distDir } from './server';

/**
 * What the quality gates know about the built site, all read from dist/ itself (its sitemap, its
 * files), never from a hand-kept list of pages: a page another branch adds is covered as soon as it
 * is built.
 */

/** Every file in dist/ (or another build's `dir`) whose name ends with `ext`, as absolute paths, sorted. */
export const distFiles = (ext: string, dir = distDir): string[] => filesUnder(dir, ext);

/** A dist/ file's path for reports: 'en/programmes/cybersecurity/index.html'. */
export const distRelative = (file: string, dir = distDir) => relative(dir, file).split(sep).join('/');

/** The site's own URL as built: origin and base path (SITE_URL), from the sitemap index. */
export function builtSiteUrl(): URL {
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error('dist/sitemap-index.xml is missing: run `astro build` first');
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1];
  if (!loc) throw new Error('dist/sitemap-index.xml lists no sitemap');
  return new URL('./', loc);
}

/** Every page URL the sitemaps list (absolute, on the production origin), in sitemap order. */
export function sitemapUrls(): URL[] {
  const site = builtSiteUrl();
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const urls: URL[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = distFileFor(new URL(sitemap!).pathname, site);
    if (!file) throw new Error(`the sitemap index lists ${sitemap}, which is not in dist/`);
    for (const [, loc] of readFileSync(file, 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)) urls.push(new URL(loc!));
  }
  if (urls.length === 0) throw new Error('the sitemaps list no page');
  return urls;
}

/** A production URL's path, made relative to the base: what to append to a local server's root. */
export function underBase(url: URL, site = builtSiteUrl()): string {
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) {
    throw new Error(`${url.href} is not under the site's URL ${site.href}`);
  }
  return url.pathname.slice(site.pathname.length);
}

/**
 * The file in dist/ a static host serves for a URL path (base path included), or null. Like the
 * host, a directory URL serves its index.html; unlike a lenient host, a directory without its
 * trailing slash does not count (the site's convention is `trailingSlash: 'always'`).
 */
export function distFileFor(pathname: string, site = builtSiteUrl()): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!path.startsWith(site.pathname)) return null;
  const file = join(distDir, path.slice(site.pathname.length), path.endsWith('/') ? 'index.html' : '');
  if (!file.startsWith(distDir)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Pages that an open issue adds (first path segment under a locale -> issue number), for a branch
 * whose links run ahead of them: a gate may then skip, visibly, a page of such a kind while NO
 * locale has one. As soon as one locale has it, every locale must (a half-built kind fails). Empty
 * since search, careers, eligibility, brochure and support were merged: a missing page fails.
 */
export const pendingPages: Readonly<Record<string, number>> = {};

/** The issue whose page a path waits for, if it is a pending kind that no locale has built yet. */
export function pendingIssue(pathUnderBase: string): number | undefined {
  const [locale, segment, ...rest] = pathUnderBase.split('/');
  if (!locales.includes(locale as Locale) || !segment || rest.join('') !== '') return undefined;
  const issue = pendingPages[segment];
  if (issue === undefined) return undefined;
  const builtAnywhere = locales.some((l) => existsSync(join(distDir, l, segment, 'index.html')));
  return builtAnywhere ? undefined : issue;
}

/** The kinds of page the Lighthouse gate measures, each one template shared by the three locales. */
export const lighthouseKinds = ['home', 'sector', 'programme', 'table', 'search', 'careers', 'checker', 'faq', 'costs'] as const;
export type LighthouseKind = (typeof lighthouseKinds)[number];

/** Where each kind lives under a locale ('' for the locale's home page). */
export const kindSegment: Record<LighthouseKind, string> = {
  home: '',
  sector: 'sectors',
  programme: 'programmes',
  // The table of every programme (issue 14): the programmes' index page, /{locale}/programmes/.
  table: 'programmes',
  search: 'search',
  careers: 'careers',
  checker: 'eligibility',
  faq: 'faq',
  costs: 'costs',
};

/**
 * The page of a kind to measure in a locale, as a path under the base ('en/programmes/x/'), or null
 * when dist/ has none. For sectors and programmes: the one with the largest HTML, the worst case.
 */
export function representativePage(kind: LighthouseKind, locale: Locale): string | null {
  const segment = kindSegment[kind];
  if (kind === 'sector' || kind === 'programme') {
    const dir = join(distDir, locale, segment);
    if (!existsSync(dir)) return null;
    const largest = readdirSync(dir)
      .filter((slug) => existsSync(join(dir, slug, 'index.html')))
      .map((slug) => ({ slug, size: statSync(join(dir, slug, 'index.html')).size }))
      .sort((a, b) => b.size - a.size || a.slug.localeCompare(b.slug))[0];
    return largest ? `${locale}/${segment}/${largest.slug}/` : null;
  }
  const path = segment ? `${locale}/${segment}/` : `${locale}/`;
  return existsSync(join(distDir, path, 'index.html')) ? path : null;
}

/**
 * The page of a kind to measure for its template, as a path under the base, or null when dist/ has
 * none: of the locales' representative pages, the one with the largest HTML. A kind's three locales
 * are one route file, the same components, stylesheet and scripts, and differ in words only.
 */
export function templatePage(kind: LighthouseKind): string | null {
  const sizes = locales
    .map((locale) => representativePage(kind, locale))
    .filter((path): path is string => path !== null)
    .map((path) => ({ path, size: statSync(join(distDir, path, 'index.html')).size }));
  return sizes.sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))[0]?.path ?? null;
}

export { distDir, builtBase, locales };
