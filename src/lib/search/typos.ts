/**
 * Typos in Latin script (issue 13): a query word with a letter or two wrong is read as the nearest
 * word of the vocabulary the catalogue already ships (every English word of its names, titles,
 * aliases and jobs no programme leads to), and the island says what it searched for instead.
 * Pure: words in, words out.
 */

/** Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment), capped. */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      smallest = Math.min(smallest, d);
    }
    if (smallest > cap) return cap + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? cap + 1;
}

/**
 * How many letters may be wrong: none in a word of three letters or fewer (too many short words are
 * one letter apart: "ai", "it", "hr"), one up to six letters, two from seven.
 */
export function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 6 ? 1 : 2;
}

/**
 * The nearest vocabulary word to a word the vocabulary does not know, or undefined when the word is
 * known (or the start of a known word, which the search already finds) or nothing is near enough.
 * Among equally near words: the one with the same first letter, then the one the vocabulary lists
 * first (the catalogue lists the most used first: "enginer" is read as engineer, not engine).
 */
export function nearestWord(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  const allowed = allowedEdits(word);
  if (allowed === 0 || vocabulary.has(word)) return undefined;
  let best: { word: string; rank: [number, number] } | undefined;
  for (const candidate of vocabulary) {
    if (candidate.startsWith(word)) return undefined;
    const distance = editDistance(word, candidate, allowed);
    if (distance > allowed) continue;
    const rank: [number, number] = [distance, candidate[0] === word[0] ? 0 : 1];
    // Strictly better only: on a tie the earlier word (the commoner) stays.
    if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1])) best = { word: candidate, rank };
  }
  return best?.word;
}

/**
 * The query's words with each Latin word the vocabulary does not know replaced by its nearest
 * word; undefined when nothing was replaced. Chinese words are left as they are.
 */
export function correctWords(words: readonly string[], vocabulary: ReadonlySet<string>): string[] | undefined {
  let changed = false;
  const corrected = words.map((word) => {
    if (!/^[a-z0-9]+$/.test(word)) return word;
    const nearest = nearestWord(word, vocabulary);
    if (nearest) changed = true;
    return nearest ?? word;
  });
  return changed ? corrected : undefined;
}
