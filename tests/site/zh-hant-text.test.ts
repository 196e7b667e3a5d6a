import { describe, expect, it } from 'vitest';
import { distFiles, distRelative } from '../support/site';
import { hongKongProblems } from '../support/hong-kong-text';
import { readPageText } from '../support/page-text';

/**
 * Every zh-Hant page reads as Hong Kong Traditional Chinese: no Simplified character and none of
 * OpenCC's variant glyphs (户 羣 啓 説 閲 …) in its visible text, its spoken attributes, its title, its
 * meta tags, its JSON-LD or the words the checker's script writes. Text marked as another language
 * (an English name, 简体中文 in the language switcher) and the hidden search-index entry, which
 * holds every script on purpose, are not zh-Hant text.
 */
const pages = distFiles('.html').filter((file) => distRelative(file).startsWith('zh-hant/'));

describe('the check itself', () => {
  it.each([
    ['客户服務', '户'],
    ['社羣', '羣'],
    ['開啓', '啓'],
    ['説法', '説'],
    ['閲讀', '閲'],
    ['资料', '资'],
    ['180 天後', undefined],
  ])('finds the fault in “%s”', (text, fault) => {
    const problems = hongKongProblems(text);
    if (fault) expect(problems.join(' ')).toContain(fault);
    else expect(problems).toEqual([]);
  });

  it('passes Hong Kong usage, including characters OpenCC would change', () => {
    expect(hongKongProblems('客戶、社群、開啟、說法、閱讀、為、批准、台灣、公里、秘魯')).toEqual([]);
  });
});

describe('zh-Hant pages', () => {
  it('has built zh-Hant pages to check', () => expect(pages.length).toBeGreaterThan(50));

  it.each(pages.map((file) => [distRelative(file), file]))('%s', (_path, file) => {
    const text = readPageText(file, { inLanguage: 'zh-Hant' });
    const parts = {
      visible: text.visible,
      attributes: text.attributes.join(' '),
      title: text.title,
      meta: text.meta.join(' '),
      jsonLd: text.jsonLd.strings.join(' '),
      checker: text.islandWords.join(' '),
    };
    const problems = Object.entries(parts).flatMap(([where, value]) => hongKongProblems(value).map((p) => `${where}: ${p}`));
    expect(problems).toEqual([]);
    // Days as Hong Kong counts them: "180 日".
    expect(Object.values(parts).join(' ')).not.toMatch(/\d\s*天/);
  });
});
