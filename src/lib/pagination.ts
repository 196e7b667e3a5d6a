/**
 * Lists that must not grow with the catalogue. A page that lists every programme of its sector
 * grows with the sector, and when every programme page lists all its siblings the site's HTML
 * grows with the square of the catalogue (issue 15: at 100x the programmes, 532x the HTML for 64x
 * the pages). So a sector's programmes are split into pages of a fixed size, each linking to its
 * neighbours, and a programme page lists a fixed number of siblings: every page stays the same
 * size whatever the catalogue, and every programme stays reachable by plain links (no script).
 *
 * Both limits are above what the real catalogue needs (its largest sector has 9 programmes), so
 * the site as it is shows every sibling and one page per sector.
 */

/** Programmes per page of a sector. */
export const SECTOR_PAGE_SIZE = 30;

/** Siblings a programme page lists; the sector's own pages list all of them. */
export const SIBLINGS_SHOWN = 8;

/**
 * Rows the programmes table holds on its one page. Its island filters and sorts the rows in place,
 * so they cannot be split into pages: 340 rows (10x the real catalogue) are a 33 KB gzip page, 3,400
 * a 218 KB one with a 10 MB document. Past this many, the table's page lists the sectors instead,
 * each linking to its own pages of programmes.
 */
export const TABLE_ROWS_MAX = 500;

/** Programmes the list of stated languages of teaching names (the FAQ's answer, the checker's help); past it, a count. */
export const MEDIUM_LISTED_MAX = 30;

/**
 * A list of programmes drawn from the whole catalogue on one page: all of them while there are at
 * most `max`; past that none, and how many were left out, for the page to say so and point to where
 * each one is (its sector's pages, its own page). Never cut at an arbitrary item: a list that names
 * the first 500 of 3,400 would read as if it were complete.
 */
export function wholeList<T>(items: readonly T[], max: number): { items: readonly T[]; omitted: number } {
  if (!Number.isInteger(max) || max < 0) throw new RangeError(`a list holds a whole number of items, not ${max}`);
  return items.length <= max ? { items, omitted: 0 } : { items: [], omitted: items.length };
}

/** The items in pages of `size`, in order; an empty list is one empty page. */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a page holds at least one item, not ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The page numbers a pager links to, with 'gap' where it skips some: the first and last page and
 * two on each side of the current one (1 … 4 5 [6] 7 8 … 38). A fixed number of links on every
 * page, and every page reachable from any other by following them.
 */
export function pagerItems(current: number, pages: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((page, i) => (i > 0 && page - (shown[i - 1] ?? page) > 1 ? ['gap' as const, page] : [page]));
}

/**
 * The siblings a programme page lists: all the others in a small sector; in a large one, the
 * `shown` that follow it in brochure order, wrapping round to the start, so that every programme is
 * linked from as many programme pages as it lists. Kept in brochure order.
 */
export function siblingsOf<T>(items: readonly T[], index: number, shown = SIBLINGS_SHOWN): T[] {
  const others = items.length - 1;
  if (others <= shown) return items.filter((_, i) => i !== index);
  const picked = new Set(Array.from({ length: shown }, (_, k) => (index + 1 + k) % items.length));
  return items.filter((_, i) => picked.has(i));
}
