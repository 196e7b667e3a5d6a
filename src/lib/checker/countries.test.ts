import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { dictionaries, intlTags, locales } from '../../i18n';
import { EXCLUDED_NATIONALITIES } from '../eligibility';
import { LIKELIEST, UNINHABITED, countryOptions, iso3166Codes, nameOf } from './countries';

describe('iso3166Codes', () => {
  const codes = iso3166Codes();

  it('has the 249 codes ISO 3166-1 assigns, each once, in order', () => {
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    expect([...codes].sort()).toEqual(codes);
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('includes the Mainland, Hong Kong, Macao, Taiwan and every excluded nationality', () => {
    for (const code of ['CN', 'HK', 'MO', 'TW', 'AQ', 'GB', 'IN', ...EXCLUDED_NATIONALITIES]) expect(codes).toContain(code);
  });

  it('leaves out organisations, reserved and user-assigned codes, and old aliases', () => {
    for (const code of ['EU', 'EZ', 'UN', 'ZZ', 'XA', 'XB', 'XK', 'QO', 'AC', 'IC', 'TA', 'BU', 'UK', 'SU', 'YU', 'AN']) {
      expect(codes).not.toContain(code);
    }
  });
});

describe('countryOptions', () => {
  const tags = ['zh-Hans', 'zh-Hant-HK', 'en-HK'];

  it.each(tags)('%s: the Mainland, Macao and Taiwan first, then the rest in the language’s order', (tag) => {
    const options = countryOptions(tag);
    expect(options.slice(0, 3).map((o) => o.code)).toEqual([...LIKELIEST]);
    const rest = options.slice(3);
    const collator = new Intl.Collator(tag);
    for (let i = 1; i < rest.length; i++) {
      expect(collator.compare(rest[i - 1]!.name, rest[i]!.name)).toBeLessThanOrEqual(0);
    }
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    expect(options.every((o) => o.name !== o.code)).toBe(true);
  });

  it.each(tags)('%s: every code but Hong Kong and the territories nobody holds a passport of', (tag) => {
    const codes = countryOptions(tag).map((o) => o.code);
    expect(codes).toHaveLength(249 - 1 - UNINHABITED.length);
    for (const code of ['HK', ...UNINHABITED]) expect(codes).not.toContain(code);
    // Inhabited dependencies stay: their people may know their document by the place.
    for (const code of ['GL', 'PR', 'BM', 'GU', 'CX', 'PN']) expect(codes).toContain(code);
  });

  it.each([
    ['zh-Hans', { CN: '中国内地', MO: '澳门', TW: '台湾' }],
    ['zh-Hant-HK', { CN: '中國內地', MO: '澳門', TW: '台灣' }],
    ['en-HK', { CN: 'Mainland China', MO: 'Macao', TW: 'Taiwan' }],
  ] as const)('%s: names the Mainland, Macao and Taiwan alike, by their plain place names', (tag, expected) => {
    const named = Object.fromEntries(countryOptions(tag).slice(0, 3).map((o) => [o.code, o.name]));
    expect(named).toEqual(expected);
    // Hong Kong, left out of the list, is named the same way where the page mentions it.
    expect(nameOf('HK', tag)).toBe({ 'zh-Hans': '香港', 'zh-Hant-HK': '香港', 'en-HK': 'Hong Kong' }[tag]);
  });

  it.each(locales)('%s: the nationality hint names Hong Kong as the list would', (locale) => {
    expect(dictionaries[locale]['checker.hint.nationality']).toContain(nameOf('HK', intlTags[locale]));
  });

  examples('%s: names North Korea as the nationality rule does (%s)', (tag: string) => countryOptions(tag).find((o) => o.code === 'KP')?.name, [
    ['zh-Hans', '朝鲜'],
    ['zh-Hant-HK', '朝鮮'],
    ['en-HK', 'North Korea'],
  ]);
});

describe('the list and the rule name the excluded nationalities alike', () => {
  it.each(locales)('%s: every excluded nationality is in the list, and its name there is in the rule’s sentences', (locale) => {
    const options = countryOptions(intlTags[locale]);
    for (const code of EXCLUDED_NATIONALITIES) {
      const name = options.find((o) => o.code === code)?.name;
      expect(name, code).toBeDefined();
      expect(dictionaries[locale]['checker.rule.nationality'], code).toContain(name ?? code);
      expect(dictionaries[locale]['checker.failed.nationality'], code).toContain(name ?? code);
    }
  });
});
