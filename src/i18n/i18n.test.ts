import { describe, expect, it } from 'vitest';
import { examples } from '../lib/testing/examples';
import { hongKongProblems } from '../../tests/support/hong-kong-text';
import { dictionaries, format, formatDate, locales } from '.';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const reference = Object.keys(dictionaries.en).sort();

  it.each(locales)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(reference);
  });

  it.each(locales)('%s has no empty string and the same {placeholders} as English', (locale) => {
    for (const key of reference) {
      const text = dictionaries[locale][key as keyof (typeof dictionaries)['en']];
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(dictionaries.en[key as keyof (typeof dictionaries)['en']]));
    }
  });

  it('zh-hant is Hong Kong Traditional: no Simplified character, no OpenCC variant glyph (户 羣 啓 説 閲)', () => {
    const problems = Object.entries(dictionaries['zh-hant']).flatMap(([key, text]) => hongKongProblems(text).map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
  });

  it.each(['zh-hans', 'zh-hant'] as const)('%s counts days as ImmD does, “180 日”, never “天”', (locale) => {
    const days = Object.entries(dictionaries[locale]).filter(([, text]) => /\d\s*天/.test(text));
    expect(days).toEqual([]);
  });

  it('zh-hans and zh-hant differ where the text has Chinese (zh-hant is not a copy)', () => {
    const differing = Object.keys(dictionaries['zh-hans']).filter(
      (key) => dictionaries['zh-hans'][key as 'site.name'] !== dictionaries['zh-hant'][key as 'site.name'],
    );
    expect(differing.length).toBeGreaterThan(reference.length / 2);
  });
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two');
    expect(format('{a} {missing}', { a: 'x' })).toBe('x {missing}');
  });
});

describe('formatDate', () => {
  examples('%s in %s is %s', formatDate, [
    ['2025-09-30', 'en', '30 September 2025'],
    ['2025-09-30', 'zh-hans', '2025年9月30日'],
    ['2025-12', 'en', 'December 2025'],
    ['2025-12', 'zh-hant', '2025年12月'],
  ]);
});
