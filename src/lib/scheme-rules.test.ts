import { describe, expect, it } from 'vitest';
import { dictionaries } from '../i18n';
import { ruleGroups, ruleGroupsById, surprisingRules } from './scheme-rules';

describe('the scheme’s rule groups', () => {
  it('each have rules and sources, every key in the dictionaries', () => {
    for (const group of ruleGroups) {
      expect(group.rules.length, group.id).toBeGreaterThan(0);
      expect(group.sources.length, group.id).toBeGreaterThan(0);
      for (const key of [group.titleKey, ...group.rules.flat().filter((k) => k !== null)]) expect(dictionaries.en, key).toHaveProperty(key);
    }
  });

  it('are found by id, in the order asked', () => {
    expect(ruleGroupsById(['residence', 'who']).map((group) => group.id)).toEqual(['residence', 'who']);
  });

  it('name the two rules that most often surprise: no part-time work, one change of employer in 48 months', () => {
    expect(dictionaries.en[surprisingRules[0]]).toMatch(/part-time/);
    expect(dictionaries.en[surprisingRules[1]]).toMatch(/48 months/);
  });
});
