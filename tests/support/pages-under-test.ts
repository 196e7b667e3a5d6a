import { locales } from '../../src/i18n';
import { sitemapUrls, underBase } from './site';

/**
 * The pages the browser gates open: every URL in the sitemap, plus the root (the language chooser)
 * and unknown URLs, which the host answers with a 404 page (each locale's own under its folder). As
 * paths under the base, to append to a local server's root.
 */
export function pagesUnderTest(): string[] {
  const paths = sitemapUrls().map((url) => underBase(url));
  return [...new Set(['', ...paths, ...notFoundPaths])];
}

/** Paths no page has: the host answers them with a 404.html and status 404. */
export const notFoundPaths = ['no-such-page/', ...locales.map((locale) => `${locale}/no-such-page/`)];
