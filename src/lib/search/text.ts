/**
 * Text handling shared by the build (the search catalogue) and the browser (the search island).
 * Plain functions on strings: no DOM, no Astro, no dictionaries, so the island's bundle stays small.
 *
 * The catalogue holds every name in Simplified characters and English (forms.ts), and the island
 * reads a Traditional query as Simplified (`simplifier` below), so a query in any script meets the
 * same words on every locale's page. Chinese has no spaces between words: where a query's words
 * matter (filler words, typo correction), it is split with ICU's word segmenter (`Intl.Segmenter`,
 * the same in Node and in Chromium).
 */

/** One Han (Chinese) character, Simplified or Traditional. */
const han = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return han.test(text);
}

let segmenter: Intl.Segmenter | undefined;

/** The words of a run of Chinese, as ICU's dictionary splits it: 软件工程师 → 软件 工程 师. */
export function chineseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Words that carry no meaning in a job search; dropped from a query when other words remain. */
const fillerWords = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'as', 'for', 'be', 'become', 'i', 'want', 'would',
  'like', 'job', 'jobs', 'career', 'careers', 'work', 'working', 'programme', 'program', 'course',
  // Chinese (both scripts): "I want to become a …", "what course", "job"
  '我', '想', '要', '想要', '我想', '我要', '想当', '想當', '想做', '当', '當', '做', '成为', '成為',
  '一名', '一个', '一個', '的', '什么', '什麼', '哪些', '怎么', '怎麼', '如何', '可以', '工作',
  '职业', '職業', '职位', '職位', '岗位', '崗位', '课程', '課程', '专业', '專業', '相关', '相關',
]);

export function isFiller(word: string): boolean {
  return fillerWords.has(word.toLowerCase());
}

/** Latin words are compared in lower case, with hyphens and apostrophes closed up ("e-commerce"). */
function latinWords(text: string): string[] {
  const latin = text.normalize('NFKC').toLowerCase().replace(/[-'’]/g, '').replace(/\p{Script=Han}+/gu, ' ');
  return latin.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A plural "s" would stop a prefix match ("engineers" is not the start of "engineer"), so longer
 * words lose it; the shorter stem still finds the full word as its start ("logistic", "logistics").
 */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * The words of a query: Chinese split into words, Latin words lower-cased and singular, punctuation
 * dropped, filler words dropped while others remain, at most 12 words.
 */
export function queryWords(raw: string): string[] {
  const words: string[] = [];
  for (const part of raw.normalize('NFKC').slice(0, 80).split(/(\p{Script=Han}+)/u)) {
    if (!part) continue;
    if (hasHan(part)) words.push(...chineseWords(part));
    else words.push(...latinWords(part).map(singular));
  }
  const meaningful = words.filter((w) => !isFiller(w));
  return (meaningful.length > 0 ? meaningful : words).slice(0, 12);
}

/** The text of a name or title reduced for comparison: its Han characters, and its Latin words. */
export interface Comparable {
  han: string;
  words: string[];
}

export function comparable(text: string): Comparable {
  const normal = text.normalize('NFKC');
  return {
    han: (normal.match(/\p{Script=Han}+/gu) ?? []).join(''),
    words: latinWords(normal).map(singular),
  };
}

/**
 * The runs of two or more characters two strings share, each as long as it goes (maximal):
 * 机电技术员 and 化验技术员 share 技术员; 软件工程师 and 人工智能及手机软件开发 share 软件.
 */
export function commonRuns(a: string, b: string): string[] {
  const x = [...a];
  const y = [...b];
  // run[i][j]: how many characters match, ending at x[i - 1] and y[j - 1].
  const run = Array.from({ length: x.length + 2 }, () => new Array<number>(y.length + 2).fill(0));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) run[i]![j] = x[i - 1] === y[j - 1] ? run[i - 1]![j - 1]! + 1 : 0;
  }
  const runs: string[] = [];
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const length = run[i]![j]!;
      // It ends here when the next characters do not match too.
      if (length >= 2 && (i === x.length || j === y.length || x[i] !== y[j])) runs.push(x.slice(i - length, i).join(''));
    }
  }
  return runs;
}

/** Reads Traditional characters as Simplified with the site's table (see forms.ts): 軟件 → 软件. */
export function simplifier(table: { from: string; to: string } | undefined): (text: string) => string {
  const from = [...(table?.from ?? '')];
  const to = [...(table?.to ?? '')];
  const map = new Map(from.map((char, i) => [char, to[i] ?? char]));
  return (text) => [...text].map((char) => map.get(char) ?? char).join('');
}
