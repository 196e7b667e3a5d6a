/**
 * The nationality question's list: every ISO 3166-1 alpha-2 country or region, named in the
 * reader's language by Intl.DisplayNames (CLDR), not by a hand-written list that would go stale or
 * carry its author's spelling. Built at build time; the browser's own Intl data does not matter.
 */

/**
 * Codes CLDR names that ISO 3166-1 has not assigned to a country or region: organisations (EU, EZ,
 * UN), codes ISO reserves for other uses (AC, CP, CQ, DG, EA, IC, TA) and user-assigned codes
 * (QO, XA, XB, XK, ZZ). XK is a convention for Kosovo, not an ISO assignment; the checker keeps to
 * ISO, which the rules' contract names.
 */
const NOT_ISO_3166_1 = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/**
 * Every ISO 3166-1 alpha-2 code, AA..ZZ in order: the two-letter codes Intl names (a name that is
 * not the code itself), less the reserved and user-assigned ones above and less the deprecated
 * codes CLDR still names as aliases (BU is named "Myanmar (Burma)" but is MM's old code).
 */
export function iso3166Codes(): string[] {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
  return LETTERS.flatMap((first) => LETTERS.map((second) => first + second)).filter(
    (code) =>
      !NOT_ISO_3166_1.has(code) &&
      names.of(code) !== code &&
      Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`,
  );
}

/**
 * Where the list must use the rules' name rather than CLDR's: CLDR calls North Korea 北韓 in
 * zh-Hant-HK, but the rules and ImmD's Traditional Chinese page say 朝鮮, and a student must find
 * in the list the name the excluded-nationality rule gives.
 */
const RULE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'zh-Hant-HK': { KP: '朝鮮' },
};

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * The countries and regions a student may choose as their nationality, named and sorted for a
 * language tag ('zh-Hans', 'zh-Hant-HK', 'en-HK'). Hong Kong is left out: VPAS is for non-local
 * students, and a student from Hong Kong is not one. Macao and Taiwan keep CLDR's names
 * (e.g. 中国澳门特别行政区, 台湾), which are what the platform itself would show.
 * `first` puts the most common answers at the top, once (most students come from the Mainland,
 * and 中国 sorts near the end of a pinyin-ordered list of 248).
 */
export function countryOptions(languageTag: string, first: readonly string[] = []): CountryOption[] {
  const names = new Intl.DisplayNames(languageTag, { type: 'region' });
  const collator = new Intl.Collator(languageTag);
  const rank = (code: string) => (first.includes(code) ? first.indexOf(code) : first.length);
  return iso3166Codes()
    .filter((code) => code !== 'HK')
    .map((code) => ({ code, name: RULE_NAMES[languageTag]?.[code] ?? names.of(code) ?? code }))
    .sort((a, b) => rank(a.code) - rank(b.code) || collator.compare(a.name, b.name));
}
