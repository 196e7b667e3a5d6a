/**
 * hreflang alternates of a page, as absolute URLs. One function serves both the `<link rel="alternate">`
 * tags in each page's head and the sitemap's `<xhtml:link>` entries (astro.config.mjs), so the two can
 * never disagree. It imports nothing: astro.config.mjs loads it before Vite is running.
 *
 * The site's shape: `{root}{locale}/…` for every page, and `{root}` itself, the language chooser, which is
 * hreflang's `x-default` ("no language matches: let the reader choose"). Google wants each page of a
 * cluster to list every member including itself; the three locale versions do, and all of them name the
 * chooser as x-default.
 */

export interface Alternate {
  /** A BCP 47 tag ('zh-Hans') or 'x-default'. */
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/**
 * @param pageUrl  the page's absolute URL ('https://example.org/vpas/en/programmes/cybersecurity/')
 * @param siteRoot the site's absolute root with its base path and a trailing slash ('https://example.org/vpas/')
 * @param tags     URL segment of each locale to its BCP 47 tag ({ 'zh-hans': 'zh-Hans', … }), in display order
 * @returns the alternates (every locale, then x-default), or `[]` for a URL outside the locale tree
 */
export function hreflangAlternates(
  pageUrl: string,
  siteRoot: string,
  tags: Readonly<Record<string, string>>,
): Alternate[] {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  if (!pageUrl.startsWith(root)) return [];
  const rest = pageUrl.slice(root.length).split(/[?#]/)[0] ?? '';
  const [first = '', ...tail] = rest.split('/');
  const xDefault = { hreflang: 'x-default', href: root };

  // The chooser has no language of its own: its alternates are the three home pages.
  if (rest === '') {
    return [...Object.entries(tags).map(([segment, tag]) => ({ hreflang: tag, href: `${root}${segment}/` })), xDefault];
  }
  if (!Object.hasOwn(tags, first)) return [];
  return [
    ...Object.entries(tags).map(([segment, tag]) => ({ hreflang: tag, href: root + [segment, ...tail].join('/') })),
    xDefault,
  ];
}
