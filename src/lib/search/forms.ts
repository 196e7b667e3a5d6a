import * as OpenCC from 'opencc-js';
import hkVariants from 'opencc-js/dict/HKVariantsRev';
import traditionalCharacters from 'opencc-js/dict/TSCharacters';
import twVariants from 'opencc-js/dict/TWVariantsRev';
import type { Localised } from '../../i18n';
import { hasHan } from './text';

/**
 * Build-time only: how a Chinese word may be written, reduced to one script for the search.
 *
 * Every term (name, job title, alias) is written by the content once or twice; here it gets its
 * other spellings with OpenCC: Hong Kong and Taiwan Traditional, and Taiwan vocabulary (软件 →
 * 軟體, 数据 → 資料), which a student from Taiwan may type. All of them are then read back in
 * Simplified characters (軟體 → 软体): the search index holds Simplified and English only, and the
 * island reads a Traditional query through a small table of the site's characters
 * (simplificationTable), so both sides are split into words the same way.
 *
 * OpenCC's dictionaries are about 1 MB (its smallest bundle, Traditional to Simplified, is still
 * 52 KB gzipped): far too big for the browser, so all conversion happens here.
 */
type Convert = (text: string) => string;

let converters: { hk: Convert; tw: Convert; twPhrases: Convert; fromHk: Convert; fromTw: Convert } | undefined;

function convert() {
  converters ??= {
    hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
    tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    twPhrases: OpenCC.Converter({ from: 'cn', to: 'twp' }),
    fromHk: OpenCC.Converter({ from: 'hk', to: 'cn' }),
    fromTw: OpenCC.Converter({ from: 'tw', to: 'cn' }),
  };
  return converters;
}

/** Unique, non-empty, in first-seen order. */
export function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter(Boolean))];
}

/**
 * One character in Simplified script (軟 → 软, 裡 → 里); characters OpenCC leaves alone, or turns
 * into more than one, stay as they are. Character by character, so the browser can do the same.
 */
function simplifiedChar(char: string): string {
  const c = convert();
  for (const converted of [c.fromHk(char), c.fromTw(char)]) {
    if (converted !== char && [...converted].length === 1) return converted;
  }
  return char;
}

export function simplifiedText(text: string): string {
  return [...text].map((char) => (hasHan(char) ? simplifiedChar(char) : char)).join('');
}

/**
 * The everyday Big5 glyphs Hong Kong government sites write where OpenCC's Hong Kong table writes a
 * variant (客户 → 客戶, 社羣 → 社群, 説法 → 說法; issue 11, STYLE.md).
 */
const hongKongGlyphs: Readonly<Record<string, string>> = {
  户: '戶', 羣: '群', 啓: '啟', 説: '說', 閲: '閱', 脱: '脫', 税: '稅', 悦: '悅', 鋭: '銳', 兑: '兌', 温: '溫', 衆: '眾', 爲: '為',
};

/**
 * Terms Hong Kong government sites write differently from the Mainland, where a Mainland alias is
 * shown on a zh-Hant page (BIM: 建築信息模擬, as the Development Bureau writes it; STYLE.md).
 */
const hongKongTerms: readonly (readonly [string, string])[] = [['建築信息模型', '建築信息模擬']];

/** A Simplified text in Hong Kong Traditional characters, for display on zh-Hant pages (客户服务 → 客戶服務). */
export function hongKongText(text: string): string {
  if (!hasHan(text)) return text;
  const glyphs = [...convert().hk(text)].map((char) => hongKongGlyphs[char] ?? char).join('');
  return hongKongTerms.reduce((out, [mainland, hongKong]) => out.replaceAll(mainland, hongKong), glyphs);
}

/** Every spelling of a term written once (Simplified or Traditional), in Simplified characters. */
export function searchForms(term: string): string[] {
  if (!hasHan(term)) return unique([term]);
  const c = convert();
  const simplified = simplifiedText(term);
  return unique([term, c.hk(simplified), c.tw(simplified), c.twPhrases(simplified)].map(simplifiedText));
}

/**
 * The spellings of terms the content writes: `forms`, each term as written (in Simplified
 * characters: 軟件工程師 → 软件工程师), and `variants`, the other spellings OpenCC derives from them
 * (Taiwan vocabulary: 软体工程师). The search matches both, but ranks a match on a written form
 * above one reached only through a derived spelling (match.ts, `converted`).
 */
export interface Spellings {
  forms: string[];
  variants: string[];
}

export function spellings(terms: readonly string[]): Spellings {
  const forms = unique(terms.map((term) => (hasHan(term) ? simplifiedText(term) : term)));
  const variants = unique(terms.flatMap(searchForms)).filter((form) => !forms.includes(form));
  return { forms, variants };
}

/** The spellings of a content text given in the three locales (a name, a job title). */
export function localisedSpellings(text: Localised): Spellings {
  return spellings([text['zh-hans'], text['zh-hant'], text.en]);
}

/** The Traditional and variant characters OpenCC knows: Traditional, Hong Kong and Taiwan forms. */
function knownTraditionalChars(): Set<string> {
  const chars = new Set<string>();
  for (const dict of [traditionalCharacters, hkVariants, twVariants]) {
    for (const pair of dict.split('|')) {
      const [from] = pair.split(' ');
      if (from && [...from].length === 1) chars.add(from);
    }
  }
  return chars;
}

/**
 * The island's table for reading a Traditional query: every Traditional or variant character
 * whose Simplified form occurs in the given (Simplified) texts, as two strings of equal length.
 * Characters whose Simplified form the site never uses cannot match anything, so they are left
 * out: a few hundred characters instead of OpenCC's thousands.
 */
export function simplificationTable(texts: Iterable<string>): { from: string; to: string } {
  const used = new Set<string>();
  for (const text of texts) for (const char of text) if (hasHan(char)) used.add(char);
  const pairs: [string, string][] = [];
  for (const char of knownTraditionalChars()) {
    const simple = simplifiedChar(char);
    if (simple !== char && used.has(simple)) pairs.push([char, simple]);
  }
  return { from: pairs.map(([t]) => t).join(''), to: pairs.map(([, s]) => s).join('') };
}
