import { comparable, hasHan, queryWords } from './text';

/**
 * The questions page in the site search (issue 12). Each question is one record of the locale's
 * Pagefind index, at its own anchor (`/{locale}/faq/#id`), so a search for 学费 or IANG offers the
 * question beside the programmes. The record holds the question's words, written the way the index
 * holds everything (entry.ts): Simplified characters and English, Chinese split into words, so a
 * Traditional query, read as Simplified by the island, finds the zh-Hant questions too.
 *
 * Only the question is indexed, not its answer: the answers would double the index a first search
 * downloads (measured: about 12 KB more per locale, against a 100 KB budget), and a question names
 * its subject (学费, 签证, IANG, 永久居民) in the words people search for.
 *
 * The build writes the records into the locale's catalogue (entry.ts, `questionRecord`); the
 * Pagefind integration indexes them and keeps only id and title in the catalogue: the island makes
 * the anchor from the id. This module is the island's side, so it imports no build-only code.
 */

/** What the island shows for a question it found: its text; its address is the questions page and its id. */
export interface SearchQuestion {
  id: string;
  title: string;
}

/**
 * Whether a question truly holds the query: every word of it (filler words dropped, as the search
 * drops them) is in the question, a Chinese word anywhere in it, a Latin word as the start of one of
 * its words. Pagefind also returns records that match loosely (it offered "What counts as a relevant
 * job?" for "astronaut"); the island shows a question only when this holds. Both sides are read as
 * Simplified with the catalogue's table, so a Traditional query finds a Traditional question.
 */
export function questionHolds(query: string, title: string, simplify: (text: string) => string = (t) => t): boolean {
  const words = queryWords(simplify(query));
  const target = comparable(simplify(title));
  return (
    words.length > 0 &&
    words.every((word) => (hasHan(word) ? target.han.includes(word) : target.words.some((w) => w.startsWith(word.toLowerCase()))))
  );
}
