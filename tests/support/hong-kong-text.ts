import * as OpenCC from 'opencc-js';

/**
 * Traditional Chinese as Hong Kong government sites write it (the brief; STYLE.md): no Simplified
 * characters, and the everyday Big5 glyphs rather than the variant glyphs OpenCC's tables produce.
 * Not "OpenCC s2hk changes nothing": s2hk itself writes 户 for 戶 and leaves 羣 啓 in place.
 */

/**
 * Variant glyphs OpenCC writes (its standard table, or its Hong Kong table) where Hong Kong's
 * government sites write the everyday Big5 form; 為 is kept as it is. Each with the form to use.
 */
export const VARIANT_GLYPHS: Readonly<Record<string, string>> = {
  户: '戶', // 客戶
  羣: '群', // 社群
  啓: '啟', // 開啟
  説: '說', // 說法
  閲: '閱', // 閱讀
  脱: '脫',
  税: '稅',
  悦: '悅',
  鋭: '銳',
  兑: '兌',
  温: '溫',
  衆: '眾',
  爲: '為',
};

/**
 * Characters OpenCC's Simplified-to-Traditional table changes that are also ordinary Traditional
 * characters with a meaning of their own, as Hong Kong writes them: not Simplified.
 */
export const TRADITIONAL_TOO: Readonly<Record<string, string>> = {
  准: '批准 (permit), not 準',
  台: '台灣, as CLDR and Hong Kong write it',
  里: '斯里蘭卡, 公里',
  干: '干擾, 若干',
  秘: '秘魯 (Peru), 秘書',
  群: '群 is Hong Kong’s form; OpenCC’s standard table writes 羣',
  涌: '葵涌, 東涌: Hong Kong place names (涌, a stream), never 湧',
  岩: '岩石, 岩土: Hong Kong and Taiwan write 岩 (巖 is the older form)',
};

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Every character of `text` that Hong Kong Traditional Chinese does not write, with why. */
export function hongKongProblems(text: string): string[] {
  const problems = new Set<string>();
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    const glyph = VARIANT_GLYPHS[char];
    if (glyph) problems.add(`${char}: a variant glyph; Hong Kong writes ${glyph}`);
    else if (!(char in TRADITIONAL_TOO) && toTraditional(char) !== char) {
      problems.add(`${char}: Simplified; Traditional ${toTraditional(char)}`);
    }
  }
  return [...problems];
}
