import { chineseWords, comparable, isFiller, longestCommonRun, type Comparable } from './text';

/**
 * How well a student's query matches a name or a job title, in every script the site writes it.
 * Used by the search island to explain and re-rank Pagefind's results and by the careers page to
 * mark the programmes named like a job title. Pure: strings in, numbers out.
 *
 * Strengths, strongest first:
 *  4 exact     the query is the name (in any of its forms);
 *  3 contains  the query is part of the name (维修 in 维修顾问, "engineer" in "Engineering"), or
 *              the name is part of the query (软件工程 in 软件工程师, 程序员 in 我想当程序员);
 *  2 overlaps  they share a run of two or more Chinese characters (软件 in 软件工程师 and
 *              人工智能及手机软件开发) or a Latin word of three or more letters;
 *  0 none.
 */
export const strength = { exact: 4, contains: 3, overlaps: 2, none: 0 } as const;

export interface Match {
  strength: number;
  /** How much they share (characters or words): the tie-break between equal strengths. */
  overlap: number;
}

export const noMatch: Match = { strength: strength.none, overlap: 0 };

export function better(a: Match, b: Match): Match {
  return b.strength > a.strength || (b.strength === a.strength && b.overlap > a.overlap) ? b : a;
}

/** A query ready for comparison: filler words ("我想当…", "jobs") removed when others remain. */
export function comparableQuery(raw: string): Comparable {
  const text = raw.normalize('NFKC');
  const hanWords = (text.match(/\p{Script=Han}+/gu) ?? []).flatMap(chineseWords);
  const meaningfulHan = hanWords.filter((w) => !isFiller(w));
  const { words } = comparable(text);
  const meaningfulWords = words.filter((w) => !isFiller(w));
  const anyMeaningful = meaningfulHan.length + meaningfulWords.length > 0;
  return {
    han: (anyMeaningful ? meaningfulHan : hanWords).join(''),
    words: anyMeaningful ? meaningfulWords : words,
  };
}

/**
 * `partOnly`: the name also has words in the other script (the alias "AI工程师"), which a query in
 * one script cannot contain; so the query can only be part of the name, never equal to it or
 * contain it (软件工程师 contains 工程师, not "AI工程师").
 */
function hanMatch(query: string, name: string, partOnly: boolean): Match {
  if (!query || !name) return noMatch;
  const overlap = longestCommonRun(query, name);
  if (query === name && !partOnly) return { strength: strength.exact, overlap };
  if (name.includes(query)) return { strength: strength.contains, overlap };
  if (query.includes(name) && [...name].length >= 2 && !partOnly) return { strength: strength.contains, overlap };
  if (overlap >= 2) return { strength: strength.overlaps, overlap };
  return noMatch;
}

/** A query word finds a name word when equal, or as its start once it has three letters ("eng"). */
function wordFinds(queryWord: string, nameWord: string): boolean {
  return queryWord === nameWord || (queryWord.length >= 3 && nameWord.startsWith(queryWord));
}

function latinMatch(query: readonly string[], name: readonly string[], partOnly: boolean): Match {
  const nameWords = name.filter((w) => !isFiller(w));
  if (query.length === 0 || nameWords.length === 0) return noMatch;
  const found = query.filter((q) => nameWords.some((n) => wordFinds(q, n)));
  if (query.join(' ') === nameWords.join(' ') && !partOnly) return { strength: strength.exact, overlap: query.length };
  if (found.length === query.length) return { strength: strength.contains, overlap: found.length };
  if (!partOnly && nameWords.every((n) => query.some((q) => wordFinds(n, q)))) {
    return { strength: strength.contains, overlap: nameWords.length };
  }
  // One word of several: it must be the name's word itself, or the start of one that is at least
  // four letters long ("air" of "air hostess" is not "Airport").
  const substantial = query.filter((q) => nameWords.some((n) => q === n || (q.length >= 4 && n.startsWith(q))));
  return substantial.length > 0 ? { strength: strength.overlaps, overlap: substantial.length } : noMatch;
}

/**
 * The best match of a query against one thing written several ways (a title in every script, its
 * aliases). A query in one script is compared with each form; a query mixing Chinese and Latin
 * ("AI 工程师") must match on both sides, each by any of the forms.
 */
export function matchForms(query: Comparable, forms: readonly Comparable[]): Match {
  const hasHan = query.han.length > 0;
  const hasWords = query.words.length > 0;
  let hanBest = noMatch;
  let latinBest = noMatch;
  for (const form of forms) {
    if (hasHan) hanBest = better(hanBest, hanMatch(query.han, form.han, !hasWords && form.words.length > 0));
    if (hasWords) latinBest = better(latinBest, latinMatch(query.words, form.words, !hasHan && form.han.length > 0));
  }
  if (hasHan && hasWords) {
    // Both halves must match for a strong match; one half alone is a partial one ("AI" of "AI工程师"
    // names the AI programmes, but they are not all of the query). The Latin half of a Chinese
    // query is usually the telling part (AI, BIM, App, Java), so a Latin word outweighs characters.
    const both = Math.min(hanBest.strength, latinBest.strength);
    const oneHalf = Math.max(hanBest.strength, latinBest.strength) >= strength.overlaps ? strength.overlaps : strength.none;
    return { strength: Math.max(both, oneHalf), overlap: hanBest.overlap + 10 * latinBest.overlap };
  }
  return hasHan ? hanBest : latinBest;
}
