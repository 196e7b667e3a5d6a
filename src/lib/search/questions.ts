import { comparable, hasHan, queryWords } from './text';

/**
 * The questions page in the site search (issue 12): a search for 学费 or IANG offers the questions
 * about it beside the programmes, each linked to its anchor (`/{locale}/faq/#id`).
 *
 * The questions travel in the locale's search catalogue (id and text; entry.ts writes them and adds
 * their characters to the table that reads a Traditional query), and the island matches them itself
 * with `questionHolds`, not through Pagefind. Indexed in Pagefind, the 33 questions cost about 3 KB
 * more per locale on every first search (measured against a 100 KB budget the catalogue already
 * exceeds), and Pagefind's matches still needed this check: it also returns loose ones (it offered
 * "What counts as a relevant job?" for "astronaut").
 *
 * This module is the island's side, so it imports no build-only code.
 */

/**
 * Whether a question holds the query: every word of it (filler words dropped, as the search drops
 * them) is in the question, a Chinese word anywhere in it, a Latin word as the start of one of its
 * words ("fee" finds "fees"). Both sides are read as Simplified with the catalogue's table, so a
 * Traditional query finds a Traditional question.
 */
export function questionHolds(query: string, title: string, simplify: (text: string) => string = (t) => t): boolean {
  const words = queryWords(simplify(query));
  const target = comparable(simplify(title));
  return (
    words.length > 0 &&
    words.every((word) => (hasHan(word) ? target.han.includes(word) : target.words.some((w) => w.startsWith(word.toLowerCase()))))
  );
}
