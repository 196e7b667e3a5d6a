import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryBWindow, type Answers } from '../eligibility';
import { answers as anyAnswers } from '../eligibility/testing/arbitraries';
import { IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import {
  answersFromQuery,
  draftFromAnswers,
  draftFromQuery,
  queryFromAnswers,
  queryFromDraft,
  rawAnswersFromDraft,
  readYesNo,
} from './query';
import { without } from './testing/drafts';

/** What survives a trip through the URL: the offer only where the rules look at it. */
function normalised(a: Answers): Answers {
  const b = categoryBWindow(a.graduationDate);
  const inB = b !== null && b.from <= a.applicationDate && a.applicationDate <= b.to;
  return inB ? a : { ...a, jobOffer: null };
}

describe('draftFromQuery', () => {
  it('keeps the known keys, trimmed, and drops empty and unknown ones', () => {
    const params = new URLSearchParams('born=%202005-05-20%20&nationality=&utm_source=x&iang=no');
    expect(draftFromQuery(params)).toEqual({ born: '2005-05-20', iang: 'no' });
  });
});

describe('queryFromDraft', () => {
  it('writes only the questions that apply, in the order they are asked', () => {
    const query = queryFromDraft({
      iang: 'no',
      programme: 'cybersecurity',
      when: 'a',
      apply: '2027-01-01', // not asked when the plan is Category A
      offer: 'yes', // not asked either
      graduated: '2027-08-31',
    });
    expect(query.toString()).toBe('programme=cybersecurity&iang=no&graduated=2027-08-31&when=a');
  });
});

describe('the URL round trip', () => {
  it('gives back any answers it was given (the offer where it matters)', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const url = `?${queryFromAnswers(a).toString()}`;
        expect(answersFromQuery(new URLSearchParams(url))).toEqual(normalised(a));
      }),
    );
  });

  it('keeps a Category B offer, tick by tick', () => {
    const offer = { ...IN_CATEGORY_B.jobOffer!, marketPay: false, ownBusiness: true, contractMonths: 6 };
    const a = { ...IN_CATEGORY_B, jobOffer: offer };
    expect(queryFromAnswers(a).toString()).toContain('offer=yes&full-time=yes&relevant=yes&level=yes&months=6&own-business=yes');
    expect(answersFromQuery(queryFromAnswers(a))).toEqual(a);
  });

  it('writes "no offer" in Category B', () => {
    const a = { ...IN_CATEGORY_B, jobOffer: null };
    expect(queryFromAnswers(a).get('offer')).toBe('no');
    expect(answersFromQuery(queryFromAnswers(a))).toEqual(a);
  });
});

describe('answersFromQuery', () => {
  it('is null until every question that applies is answered', () => {
    const full = queryFromAnswers(IN_CATEGORY_A);
    expect(answersFromQuery(full)).toEqual(IN_CATEGORY_A);
    full.delete('iang');
    expect(answersFromQuery(full)).toBeNull();
    expect(answersFromQuery(new URLSearchParams())).toBeNull();
  });

  it('passes an impossible date on, for the rules to name', () => {
    const params = queryFromAnswers(IN_CATEGORY_A);
    params.set('graduated', '2027-02-30');
    expect(answersFromQuery(params)?.graduationDate).toBe('2027-02-30');
  });

  it('gives the first day of the chosen window as the application date', () => {
    const params = queryFromAnswers(IN_CATEGORY_A);
    params.delete('apply');
    params.set('when', 'b');
    params.set('offer', 'no');
    expect(answersFromQuery(params)).toMatchObject({ applicationDate: '2028-03-01', jobOffer: null });
  });
});

describe('rawAnswersFromDraft', () => {
  it('leaves what is missing undefined and passes unreadable numbers on as NaN', () => {
    const raw = rawAnswersFromDraft({ ...without(draftFromAnswers(IN_CATEGORY_B), 'own-business'), months: 'two' });
    expect(raw.jobOffer).toMatchObject({ contractMonths: Number.NaN, ownBusiness: undefined });
    const noMonths = rawAnswersFromDraft(without(draftFromAnswers(IN_CATEGORY_B), 'months'));
    expect(noMonths.jobOffer).toMatchObject({ contractMonths: undefined });
  });

  it('has no offer to give when the offer question is unanswered', () => {
    const raw = rawAnswersFromDraft(without(draftFromAnswers(IN_CATEGORY_B), 'offer'));
    expect(raw.jobOffer).toBeUndefined();
  });

  it('reads yes and no, and nothing else', () => {
    expect(['yes', 'no', 'Yes', undefined].map(readYesNo)).toEqual([true, false, undefined, undefined]);
  });
});
