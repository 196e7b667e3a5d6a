import { languageTags, locales, type Locale } from '../../src/i18n';

/**
 * What the built site should be, for the SEO tests: the site root the build used, the kind of each
 * page from its URL, and the content files the JSON-LD must agree with.
 */

/** Same default as astro.config.mjs: the tests read a dist/ built with the same SITE_URL. */
export const siteRoot = new URL(process.env.SITE_URL ?? 'https://vpas-guide.example.org/').href.replace(/\/?$/, '/');

export type PageKind = 'chooser' | 'notFound' | 'home' | 'sector' | 'programme' | 'faq' | 'other';

export function pageKind(path: string): PageKind {
  if (path === '/') return 'chooser';
  if (/^\/([^/]+\/)?404\.html$/.test(path)) return 'notFound';
  if (/^\/[^/]+\/$/.test(path)) return 'home';
  if (/^\/[^/]+\/sectors\/[^/]+\/$/.test(path)) return 'sector';
  if (/^\/[^/]+\/programmes\/[^/]+\/$/.test(path)) return 'programme';
  if (/^\/[^/]+\/faq\/$/.test(path)) return 'faq';
  return 'other';
}

/** The locale a page is in: its first path segment; the chooser and the 404 speak zh-Hans first. */
export function pageLocale(path: string): Locale {
  const first = path.split('/')[1];
  return (locales as readonly string[]).includes(first ?? '') ? (first as Locale) : 'zh-hans';
}

export const expectedLang = (path: string) => languageTags[pageLocale(path)];

/** A dist path to its public URL under the site root. */
export const urlOf = (path: string) => siteRoot + path.slice(1);

/** A public URL under the site root back to its dist path, or undefined for any other URL. */
export function pathOf(url: string): string | undefined {
  return url.startsWith(siteRoot) ? `/${url.slice(siteRoot.length).split(/[?#]/)[0]}` : undefined;
}

// Hosts a plain `<a href>` may leave the site for: the official hosts the content schema uses too.
export { isOfficialHost } from '../../src/lib/official-hosts';
