import { chineseWords, commonRuns, comparable, isFiller, type Comparable } from './text';

/**
 * How well a student's query matches a name or a job title, in every script the site writes it.
 * Used by the search island to rank the catalogue's entries and by the careers page to
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
  /**
   * How much of the longer of the two they share, 0 to 1: a title that is mostly the query (维修 in
   * 维修顾问, ½) is a closer match than one that merely contains it (飞机维修机械师, ²⁄₇).
   */
  closeness: number;
  /** How much they share (characters or words). */
  overlap: number;
  /**
   * True when it matched only a spelling the build derived with OpenCC (Taiwan vocabulary: 软体 for
   * 软件), not one the content writes: a match in the student's own words ranks above it.
   */
  converted: boolean;
}

export const noMatch: Match = { strength: strength.none, closeness: 0, overlap: 0, converted: false };

/** Compares two matches, best first: by strength, then own words over conversion, closeness, overlap. */
export function compareMatch(a: Match, b: Match): number {
  return (
    b.strength - a.strength ||
    Number(a.converted) - Number(b.converted) ||
    b.closeness - a.closeness ||
    b.overlap - a.overlap
  );
}

export function better(a: Match, b: Match): Match {
  return compareMatch(a, b) > 0 ? b : a;
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
 * Words so common across the sectors' names and titles that sharing one says nothing about the
 * subject (工程, 技术员, 主任, "officer", "assistant"): computed at build from the catalogue (entry.ts).
 * A partial match needs something else in common.
 */
export type Generic = ReadonlySet<string>;

/**
 * How many characters of a shared run say something: those not inside a generic word (机工程, the
 * end of 飞机 and all of 工程, says only 机; 云端工程 says 云端).
 */
function meaningfulLength(run: string, generic: Generic): number {
  const chars = [...run];
  const covered = new Array<boolean>(chars.length).fill(false);
  for (const word of generic) {
    const length = [...word].length;
    for (let i = 0; i + length <= chars.length; i++) {
      if (chars.slice(i, i + length).join('') === word) covered.fill(true, i, i + length);
    }
  }
  return covered.filter((c) => !c).length;
}

/**
 * `partOnly`: how much of the name is in the other script (the alias "AI工程师": one Latin word),
 * which a query in one script cannot contain; so the query can only be part of the name, never
 * equal to it or contain it (软件工程师 contains 工程师, not "AI工程师").
 */
function hanMatch(query: string, name: string, partOnly: number, generic: Generic): Match {
  if (!query || !name) return noMatch;
  // The name's words in the other script count too, three characters' worth each: 工程师 is not
  // all of "AI工程师", whose Latin half is usually the telling part.
  const length = Math.max([...query].length, [...name].length) + 3 * partOnly;
  const found = (level: number, overlap: number): Match => ({ strength: level, closeness: overlap / length, overlap, converted: false });
  if (query === name && !partOnly) return found(strength.exact, [...query].length);
  if (name.includes(query)) return found(strength.contains, [...query].length);
  // The name within the query counts as containing it when little else is left: 软件工程 in
  // 软件工程师 (a suffix), not 技术员 in 机电技术员, where 机电 is what the student is after.
  const rest = [...query].length - [...name].length;
  if (query.includes(name) && [...name].length >= 2 && !partOnly && rest <= 1) return found(strength.contains, [...name].length);
  // Most names share no two neighbouring characters with the query: skip the comparison then.
  if (![...name].some((char, i, chars) => i > 0 && query.includes(`${chars[i - 1]}${char}`))) return noMatch;
  // A partial match shares a run with two characters or more outside generic words, of three
  // characters or more, or of two that are at least half of the shorter text (酒店 of 酒店接待员 and
  // 酒店管理; not 销售 of 医疗器械销售 and 技术销售工程师, nor 机工程 of 飞机工程师 and 电机工程).
  const shorter = Math.min([...query].length, [...name].length);
  const meaningful = commonRuns(query, name).filter((run) => {
    const length = [...run].length;
    return meaningfulLength(run, generic) >= 2 && (length >= 3 || 2 * length >= shorter);
  });
  const overlap = Math.max(0, ...meaningful.map((run) => [...run].length));
  return overlap >= 2 ? found(strength.overlaps, overlap) : noMatch;
}

/** A query word finds a name word when equal, or as its start once it has three letters ("eng"). */
function wordFinds(queryWord: string, nameWord: string): boolean {
  return queryWord === nameWord || (queryWord.length >= 3 && nameWord.startsWith(queryWord));
}

function latinMatch(query: readonly string[], name: readonly string[], partOnly: number, generic: Generic): Match {
  const nameWords = name.filter((w) => !isFiller(w));
  if (query.length === 0 || nameWords.length === 0) return noMatch;
  const found = (level: number, overlap: number): Match => ({
    strength: level,
    // The name's Chinese counts too, a word's worth for every three characters.
    closeness: overlap / (Math.max(query.length, nameWords.length) + Math.ceil(partOnly / 3)),
    overlap,
    converted: false,
  });
  const finding = query.filter((q) => nameWords.some((n) => wordFinds(q, n)));
  if (query.join(' ') === nameWords.join(' ') && !partOnly) return found(strength.exact, query.length);
  if (finding.length === query.length) return found(strength.contains, finding.length);
  // The name within the query counts as containing it only when nothing else is left ("software
  // engineers"), not "lift technician" for a title "technician": the lift is what the student means.
  const named = nameWords.every((n) => query.some((q) => wordFinds(n, q)));
  if (!partOnly && named && query.every((q) => nameWords.some((n) => wordFinds(n, q)))) return found(strength.contains, nameWords.length);
  // One word of several: it must be the name's word itself, or the start of one that is at least
  // four letters long ("air" of "air hostess" is not "Airport").
  const substantial = query.filter((q) => !generic.has(q) && nameWords.some((n) => q === n || (q.length >= 4 && n.startsWith(q))));
  return substantial.length > 0 ? found(strength.overlaps, substantial.length) : noMatch;
}

/**
 * The best match of a query against one thing written several ways (a title in every script, its
 * aliases). A query in one script is compared with each form; a query mixing Chinese and Latin
 * ("AI 工程师") must match on both sides, each by any of the forms.
 */
export function matchForms(
  query: Comparable,
  forms: readonly Comparable[],
  variants: readonly Comparable[] = [],
  generic: Generic = new Set(),
): Match {
  const hasHan = query.han.length > 0;
  const hasWords = query.words.length > 0;
  let hanBest = noMatch;
  let latinBest = noMatch;
  const compare = (form: Comparable, converted: boolean) => {
    const mark = (m: Match) => (converted && m.strength > strength.none ? { ...m, converted } : m);
    // A query in one script against a name in both can only ever match part of it.
    if (hasHan) hanBest = better(hanBest, mark(hanMatch(query.han, form.han, hasWords ? 0 : form.words.length, generic)));
    if (hasWords) latinBest = better(latinBest, mark(latinMatch(query.words, form.words, hasHan ? 0 : [...form.han].length, generic)));
  };
  for (const form of forms) compare(form, false);
  for (const form of variants) compare(form, true);
  if (hasHan && hasWords) {
    // Both halves must match for a strong match; one half alone is a partial one ("AI" of "AI工程师"
    // names the AI programmes, but they are not all of the query). The Latin half of a Chinese
    // query is usually the telling part (AI, BIM, App, Java), so a Latin word outweighs characters.
    const both = Math.min(hanBest.strength, latinBest.strength);
    const oneHalf = Math.max(hanBest.strength, latinBest.strength) >= strength.overlaps ? strength.overlaps : strength.none;
    return {
      strength: Math.max(both, oneHalf),
      closeness: (hanBest.closeness + latinBest.closeness) / 2,
      overlap: hanBest.overlap + 10 * latinBest.overlap,
      converted: hanBest.converted || latinBest.converted,
    };
  }
  return hasHan ? hanBest : latinBest;
}
