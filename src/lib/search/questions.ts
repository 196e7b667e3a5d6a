import { simplifiedText } from './forms';
import { spaceOutChinese } from './text';

/**
 * The questions page in the site search (issue 12). Each question is one record of the locale's
 * Pagefind index, at its own anchor (`/{locale}/faq/#id`), so a search for 学费 or IANG offers the
 * question beside the programmes. The record holds the question and its answer's words, written the
 * way the index holds everything (entry.ts): Simplified characters and English, Chinese split into
 * words, so a Traditional query, read as Simplified by the island, finds the zh-Hant questions too.
 *
 * Only the question is indexed, not its answer: the answers would double the index a first search
 * downloads (measured: about 12 KB more per locale, against a 100 KB budget), and a question names
 * its subject (学费, 签证, IANG, 永久居民) in the words people search for.
 *
 * The build writes the records into the locale's catalogue; the Pagefind integration indexes them
 * and keeps only id and title in the catalogue: the island makes the anchor from the id.
 */

/** What the island shows for a question it found: its text; its address is the questions page and its id. */
export interface SearchQuestion {
  id: string;
  title: string;
}

/** A question as the build hands it to the index: its address, and the words Pagefind indexes. */
export interface QuestionRecord extends SearchQuestion {
  url: string;
  words: string;
}

export function questionRecord(question: { id: string; question: string }, url: string): QuestionRecord {
  return { id: question.id, title: question.question, url, words: spaceOutChinese(simplifiedText(question.question)) };
}
