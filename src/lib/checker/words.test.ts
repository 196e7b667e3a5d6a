import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '../../i18n';
import { CHECKLIST_RULE_KEYS, ERROR_KEYS, FIELD_NAME_KEYS, REASON_KEYS, RESULT_TITLE_KEYS, islandWords } from './words';

describe('islandWords', () => {
  it.each(locales)('%s: the checker’s words and the shared ones it writes, nothing else', (locale) => {
    const words = islandWords(dictionaries[locale]);
    const keys = Object.keys(words);
    expect(keys).toContain('checker.failed.age-on-the-day');
    expect(keys).toContain('sources.asOf');
    expect(keys).toContain('list.separator');
    expect(keys).not.toContain('nav.home');
    expect(keys.filter((k) => !k.startsWith('checker.'))).toEqual(['list.separator', 'sources.asOf']);
    expect(words['checker.title']).toBe(dictionaries[locale]['checker.title']);
  });
});

describe('the word maps', () => {
  it('name a distinct sentence for each reason, rule, result and error code', () => {
    for (const map of [REASON_KEYS, CHECKLIST_RULE_KEYS, RESULT_TITLE_KEYS, ERROR_KEYS]) {
      const keys = Object.values(map);
      // not-boolean and malformed-job-offer both ask for Yes or No, with their own keys.
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('put {field} in every error sentence', () => {
    for (const locale of locales) {
      for (const key of Object.values(ERROR_KEYS)) expect(dictionaries[locale][key], key).toContain('{field}');
    }
  });

  it.each(locales)('%s: say in each result’s title which result it is, each title its own', (locale) => {
    const titles = Object.values(RESULT_TITLE_KEYS).map((key) => dictionaries[locale][key]);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('name every question', () => {
    for (const key of Object.values(FIELD_NAME_KEYS)) expect(dictionaries.en[key]).toBeTruthy();
  });
});
