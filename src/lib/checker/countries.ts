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
 * Territories with no people of their own, whose passport nobody holds: Antarctica, Bouvet Island,
 * the French Southern Territories, Heard and McDonald Islands, the British Indian Ocean Territory
 * (a military base), South Georgia and the South Sandwich Islands, and the US Minor Outlying
 * Islands. Inhabited dependencies stay: a student may know their document by the place.
 */
export const UNINHABITED = ['AQ', 'BV', 'GS', 'HM', 'IO', 'TF', 'UM'] as const;

/**
 * Names chosen rather than taken from CLDR, for each language tag the site uses.
 *
 * The Mainland, Hong Kong, Macao and Taiwan are named the same way in all three languages, by the
 * plain place names Hong Kong government pages use (內地 / 中國內地, 香港, 澳門, 台灣; the Mainland,
 * Hong Kong, Macao, Taiwan), not as CLDR mixes them (中国澳门特别行政区 beside plain 台湾) and
 * without a political label either way. The question asks who issued the student's travel
 * document, and a Mainland student's is issued on the Mainland: "中国内地" says that, where a bare
 * "中国" beside "台湾" would read to a Mainland reader as a statement about Taiwan.
 *
 * North Korea is named as the rules name it: CLDR says 北韓 in zh-Hant-HK, but the rule and
 * ImmD's Traditional Chinese page say 朝鮮, and a student must find in the list the name the
 * excluded-nationality rule gives.
 */
const CHOSEN_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'zh-Hans': { CN: '中国内地', HK: '香港', MO: '澳门', TW: '台湾' },
  'zh-Hant-HK': { CN: '中國內地', HK: '香港', MO: '澳門', TW: '台灣', KP: '朝鮮' },
  'en-HK': { CN: 'Mainland China', HK: 'Hong Kong', MO: 'Macao', TW: 'Taiwan' },
};

/**
 * The likeliest answers, first and in this order: the Mainland, where most students come from,
 * then Macao and Taiwan, which the VTC names beside "overseas" for its international applicants.
 */
export const LIKELIEST = ['CN', 'MO', 'TW'] as const;

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * The countries and regions a student may choose as their nationality, named and sorted for a
 * language tag ('zh-Hans', 'zh-Hant-HK', 'en-HK'): the likeliest first, then the rest in the
 * language's order. Hong Kong is left out (VPAS is for non-local students, and a student from Hong
 * Kong is not one), and so are the uninhabited territories. Every excluded nationality stays, under
 * the name its rule uses.
 */
export function countryOptions(languageTag: string, first: readonly string[] = LIKELIEST): CountryOption[] {
  const names = new Intl.DisplayNames(languageTag, { type: 'region' });
  const collator = new Intl.Collator(languageTag);
  const rank = (code: string) => (first.includes(code) ? first.indexOf(code) : first.length);
  const left = new Set<string>(['HK', ...UNINHABITED]);
  return iso3166Codes()
    .filter((code) => !left.has(code))
    .map((code) => ({ code, name: nameOf(code, languageTag, names) }))
    .sort((a, b) => rank(a.code) - rank(b.code) || collator.compare(a.name, b.name));
}

/** A region's name in the list: the chosen one, or CLDR's. */
export function nameOf(code: string, languageTag: string, names = new Intl.DisplayNames(languageTag, { type: 'region' })): string {
  return CHOSEN_NAMES[languageTag]?.[code] ?? names.of(code) ?? code;
}
