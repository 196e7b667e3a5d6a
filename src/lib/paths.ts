import type { Locale } from '../i18n';

/**
 * Every internal URL is made here, so the base path (set once, in astro.config.mjs, from SITE_URL)
 * and the trailing-slash convention are applied in one place.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path under the site's base: `sitePath('zh-hans', 'programmes', 'cybersecurity')`. */
export function sitePath(...segments: readonly string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return rest ? `${base}${rest}/` : base;
}

/** A file at the site's root, such as the sitemap or the link-preview image: `siteFile('og.png')`. */
export const siteFile = (name: string) => `${base}${name}`;

export const homePath = (locale: Locale) => sitePath(locale);
/** A sector's page; its first page of programmes unless `page` says which (src/lib/pagination.ts). */
export const sectorPath = (locale: Locale, slug: string, page = 1) =>
  page > 1 ? sitePath(locale, 'sectors', slug, String(page)) : sitePath(locale, 'sectors', slug);
export const programmePath = (locale: Locale, slug: string) => sitePath(locale, 'programmes', slug);
/** Every programme in one table, to filter, sort and compare (issue 14). */
export const programmesPath = (locale: Locale) => sitePath(locale, 'programmes');
export const searchPath = (locale: Locale) => sitePath(locale, 'search');
/** The search island's data: the locale's catalogue, loaded on the first query. */
export const searchCataloguePath = (locale: Locale) => `${searchPath(locale)}catalogue.json`;
export const careersPath = (locale: Locale) => sitePath(locale, 'careers');
/**
 * The eligibility checker; with a programme, the checker with that programme pre-selected (the
 * query key is the programme question's name, as the checker's form writes it).
 */
export const checkerPath = (locale: Locale, programme?: string) =>
  programme ? `${sitePath(locale, 'eligibility')}?${new URLSearchParams({ programme })}` : sitePath(locale, 'eligibility');
export const brochurePath = (locale: Locale) => sitePath(locale, 'brochure');
export const supportPath = (locale: Locale) => sitePath(locale, 'support');
/** The scheme's full rules, in the navigation (issue 17); company support stays on its own page. */
export const rulesPath = (locale: Locale) => sitePath(locale, 'rules');
/** Hong Kong words and their Mainland equivalents; each word's anchor is its id. */
export const glossaryPath = (locale: Locale, id?: string) => `${sitePath(locale, 'glossary')}${id ? `#${id}` : ''}`;
/** Who the site is for, where its facts come from, how they are checked. */
export const aboutPath = (locale: Locale) => sitePath(locale, 'about');
export const faqPath = (locale: Locale) => sitePath(locale, 'faq');
/** A question on the questions page: its anchor is its id (issue 12). */
export const questionPath = (locale: Locale, id: string) => `${faqPath(locale)}#${id}`;
export const costsPath = (locale: Locale) => sitePath(locale, 'costs');

/** The first path segments a `site:` link in content may name (the locale's own pages). */
const linkablePages = ['', 'search', 'careers', 'eligibility', 'brochure', 'support', 'faq', 'costs', 'programmes', 'sectors'];

/**
 * A `site:` link written in content (`site:costs#dates`, `site:programmes/games-and-animation`), as a
 * path in the reader's locale under the base. Content cannot know the base path, so it names the page
 * and this adds the rest; an unknown page throws, so a typo fails the build rather than the reader.
 */
export function siteLinkPath(locale: Locale, target: string): string {
  const [path = '', hash] = target.replace(/^site:/, '').split('#');
  const segments = path.split('/').filter(Boolean);
  if (!linkablePages.includes(segments[0] ?? '')) {
    throw new Error(`"site:${target.replace(/^site:/, '')}" names no page of the site (known: ${linkablePages.filter(Boolean).join(', ')})`);
  }
  return `${sitePath(locale, ...segments)}${hash ? `#${hash}` : ''}`;
}

/** The same page in another locale: swaps the first segment after the base. */
export function switchLocale(pathname: string, to: Locale): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const [, ...tail] = rest.split('/');
  // From the root (the language chooser) there is no tail: still a directory URL, with its slash.
  return `${base}${[to, ...(tail.length ? tail : [''])].join('/')}`;
}
