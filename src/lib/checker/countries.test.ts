import { describe, expect, it } from 'vitest';
import { dictionaries, intlTags, locales } from '../../i18n';
import { EXCLUDED_NATIONALITIES } from '../eligibility';
import { countryOptions, iso3166Codes } from './countries';

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
  it('puts the given codes first, once each, and keeps the rest in order', () => {
    const plain = countryOptions('zh-Hans');
    const options = countryOptions('zh-Hans', ['CN']);
    expect(options[0]).toEqual({ code: 'CN', name: '中国' });
    expect(options.filter((o) => o.code === 'CN')).toHaveLength(1);
    expect(options.slice(1)).toEqual(plain.filter((o) => o.code !== 'CN'));
  });

  it.each(['en-HK', 'zh-Hans', 'zh-Hant-HK'])('%s: every code but Hong Kong, named and sorted', (tag) => {
    const options = countryOptions(tag);
    expect(options).toHaveLength(248);
    expect(options.map((o) => o.code)).not.toContain('HK');
    const collator = new Intl.Collator(tag);
    for (let i = 1; i < options.length; i++) {
      expect(collator.compare(options[i - 1]!.name, options[i]!.name)).toBeLessThanOrEqual(0);
    }
    expect(options.every((o) => o.name !== o.code)).toBe(true);
  });

  it('uses the platform’s names for the Mainland, Macao and Taiwan', () => {
    const name = (tag: string, code: string) => countryOptions(tag).find((o) => o.code === code)?.name;
    expect(name('en-HK', 'CN')).toBe('China');
    expect(name('en-HK', 'MO')).toBe('Macao SAR China');
    expect(name('en-HK', 'TW')).toBe('Taiwan');
    expect(name('zh-Hans', 'CN')).toBe('中国');
    expect(name('zh-Hans', 'MO')).toBe('中国澳门特别行政区');
    expect(name('zh-Hans', 'TW')).toBe('台湾');
    expect(name('zh-Hant-HK', 'MO')).toBe('中國澳門特別行政區');
    expect(name('zh-Hant-HK', 'VN')).toBe('越南');
  });

  it.each([
    ['zh-Hans', '朝鲜'],
    ['zh-Hant-HK', '朝鮮'],
    ['en-HK', 'North Korea'],
  ])('%s: names North Korea as the nationality rule does (%s)', (tag, name) => {
    expect(countryOptions(tag).find((o) => o.code === 'KP')?.name).toBe(name);
  });
});

describe('the list and the rule name the excluded nationalities alike', () => {
  it.each(locales)('%s: every excluded nationality, as the list names it, is in the rule’s sentence', (locale) => {
    const options = countryOptions(intlTags[locale]);
    for (const code of EXCLUDED_NATIONALITIES) {
      const name = options.find((o) => o.code === code)?.name ?? code;
      expect(dictionaries[locale]['checker.rule.nationality'], code).toContain(name);
      expect(dictionaries[locale]['checker.failed.nationality'], code).toContain(name);
    }
  });
});
