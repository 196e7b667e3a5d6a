/**
 * The text of a page's <title>: the page's own title, then the site's name.
 *
 * Search engines cut a title at about 600 px (some 60–70 Latin characters), and html-validate's
 * `long-title` rule fails past 70 characters. A long English programme name would push the site's
 * name past the cut, so the suffix shrinks to the brand alone ("VPAS"), and goes when even that does
 * not fit: the page's own words matter more than ours.
 */
export const maxTitleLength = 70;

export function documentTitle(title: string, siteName: string, brand = 'VPAS'): string {
  if (title === siteName) return title;
  for (const suffix of [siteName, brand]) {
    const full = `${title} | ${suffix}`;
    if (full.length <= maxTitleLength) return full;
  }
  return title;
}
