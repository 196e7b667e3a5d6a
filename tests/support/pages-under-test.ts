import { sitemapUrls, underBase } from './site';

/**
 * The pages the browser gates open: every URL in the sitemap, plus the root (the language chooser)
 * and an unknown URL, which the host answers with the 404 page. As paths under the base, to append
 * to a local server's root.
 */
export function pagesUnderTest(): string[] {
  const paths = sitemapUrls().map((url) => underBase(url));
  return [...new Set(['', ...paths, notFoundPath])];
}

/** A path no page has: the host answers it with 404.html and status 404. */
export const notFoundPath = 'no-such-page/';
