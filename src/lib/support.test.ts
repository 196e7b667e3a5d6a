import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '../i18n';
import { brochureNotes, fees, offerKeys, stayLadders, supportOffers, supportSources, type LadderStep } from './support';
import { rulesSections, supportSections } from './testing/page-sections';

/** Months on employment condition before a step: the "48 months in a row" the last step needs. */
function monthsOnEmploymentBefore(steps: readonly LadderStep[], index: number): number {
  return steps.slice(0, index).reduce((sum, step) => sum + (step.onEmployment ? step.months : 0), 0);
}

describe('stayLadders', () => {
  it('is the facts file’s usual ladder: A 12, 24, 24, 36 months; B 24, 24, 36', () => {
    expect(stayLadders.map((l) => [l.category, l.steps.map((s) => s.months)])).toEqual([
      ['A', [12, 24, 24, 36]],
      ['B', [24, 24, 36]],
    ]);
  });

  it.each(stayLadders.map((l) => [l.category, l] as const))(
    'Category %s reaches the 36-month step after exactly 48 months on employment condition',
    (_category, ladder) => {
      const last = ladder.steps.length - 1;
      expect(ladder.steps[last]?.key).toBe('support.ladder.after48');
      expect(monthsOnEmploymentBefore(ladder.steps, last)).toBe(48);
      // …and no earlier step is reached after 48 months.
      for (let i = 0; i < last; i++) expect(monthsOnEmploymentBefore(ladder.steps, i)).toBeLessThan(48);
    },
  );

  it('starts Category A on time limitation only and Category B on employment', () => {
    expect(stayLadders[0].steps[0].onEmployment).toBe(false);
    expect(stayLadders[1].steps[0].onEmployment).toBe(true);
  });
});

describe('the company support offers', () => {
  it.each(supportOffers)('%s has a title and a text in every locale', (offer) => {
    const { title, text } = offerKeys(offer);
    for (const locale of locales) {
      expect(dictionaries[locale][title], `${locale} ${title}`).toBeTruthy();
      expect(dictionaries[locale][text], `${locale} ${text}`).toBeTruthy();
    }
    expect([title, text]).toEqual([`support.offer.${offer}.title`, `support.offer.${offer}.text`]);
  });
});

describe('the words match the numbers', () => {
  it('states the fees of ImmD’s schedule in every locale', () => {
    const en = dictionaries.en;
    expect(en['support.feeApplication']).toContain(`HK$${fees.application}`);
    expect(en['support.feeVisa']).toContain('HK$1,300');
    expect(en['support.feeVisa']).toContain(`HK$${fees.visaOtherwise}`);
    for (const locale of ['zh-hans', 'zh-hant'] as const) {
      expect(dictionaries[locale]['support.feeApplication']).toContain(`${fees.application} 港元`);
      expect(dictionaries[locale]['support.feeVisa']).toContain('1,300 港元');
      expect(dictionaries[locale]['support.feeVisa']).toContain('180');
    }
  });

  it('numbers the brochure’s seven footnotes 1 to 7', () => {
    expect(brochureNotes.map((n) => n.note)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('names sources for every section of the support and rules pages but their page-wide source lists', () => {
    // (The rules page's rule groups, rules-*, name their sources in src/lib/scheme-rules.ts.)
    const sections = [...supportSections, ...rulesSections].filter((id) => id !== 'sources' && !id.startsWith('rules-'));
    expect(Object.keys(supportSources).sort()).toEqual(sections.sort());
  });
});
