import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryBWindow, checkReadings, type Answers } from '../eligibility';
import { answers as anyAnswers } from '../eligibility/testing/arbitraries';
import { IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { validateAnswers } from '../eligibility/validate';
import { readFlow } from './flow';
import { draftFromQuery, queryOf } from './query';
import { draftFromAnswers } from './testing/drafts';

/** What survives a trip through the URL: the offer only where the rules look at it. */
function normalised(a: Answers): Answers {
  const b = categoryBWindow(a.graduationDate);
  const inB = b !== null && b.from <= a.applicationDate && a.applicationDate <= b.to;
  return inB ? a : { ...a, jobOffer: null };
}

/** The query a student with these answers gets, and what the checker reads back from it. */
const queryOfAnswers = (a: Answers) => queryOf(readFlow(draftFromAnswers(a)));
const readBack = (params: URLSearchParams) => readFlow(draftFromQuery(params));

describe('draftFromQuery', () => {
  it('keeps the known keys, trimmed, and drops empty and unknown ones', () => {
    const params = new URLSearchParams('born=%202005-05-20%20&nationality=&utm_source=x&iang=no');
    expect(draftFromQuery(params)).toEqual({ born: '2005-05-20', iang: 'no' });
  });
});

describe('queryOf', () => {
  it('writes only the questions that apply, in the order they are asked', () => {
    const query = queryOf(readFlow({
      iang: 'no',
      programme: 'cybersecurity',
      when: 'a',
      apply: '2027-01-01', // not asked when the plan is Category A
      offer: 'yes', // not asked either
      graduated: '2027-08-31',
    }));
    expect(query.toString()).toBe('programme=cybersecurity&iang=no&graduated=2027-08-31&when=a');
  });
});

describe('the URL round trip', () => {
  it('gives back any answers it was given (the offer where it matters)', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const flow = readBack(new URLSearchParams(`?${queryOfAnswers(a).toString()}`));
        expect(flow.unanswered).toEqual([]);
        expect(checkReadings(flow.readings)).toEqual(validateAnswers(normalised(a)));
      }),
    );
  });

  it('keeps a Category B offer, tick by tick', () => {
    const offer = { ...IN_CATEGORY_B.jobOffer!, marketPay: false, ownBusiness: true, contractMonths: 6 };
    const a = { ...IN_CATEGORY_B, jobOffer: offer };
    expect(queryOfAnswers(a).toString()).toContain('offer=yes&full-time=yes&relevant=yes&level=yes&months=6&own-business=yes');
    expect(checkReadings(readBack(queryOfAnswers(a)).readings)).toEqual(validateAnswers(a));
  });

  it('writes "no offer" in Category B', () => {
    const a = { ...IN_CATEGORY_B, jobOffer: null };
    expect(queryOfAnswers(a).get('offer')).toBe('no');
    expect(checkReadings(readBack(queryOfAnswers(a)).readings)).toEqual(validateAnswers(a));
  });
});

describe('reading a query back', () => {
  it('has questions unanswered until every one that applies is', () => {
    const full = queryOfAnswers(IN_CATEGORY_A);
    expect(readBack(full).unanswered).toEqual([]);
    full.delete('iang');
    expect(readBack(full).unanswered).toEqual([{ field: 'iang', code: 'required' }]);
    expect(readBack(new URLSearchParams()).unanswered).toHaveLength(7);
  });

  it('passes an impossible date on, for the rules to name', () => {
    const params = queryOfAnswers(IN_CATEGORY_A);
    params.set('graduated', '2027-02-30');
    expect(readBack(params).readings.graduationDate).toEqual({
      ok: false,
      errors: [{ field: 'graduationDate', code: 'impossible-date' }],
    });
  });

  it('gives the first day of the chosen window as the application date', () => {
    const params = queryOfAnswers(IN_CATEGORY_A);
    params.delete('apply');
    params.set('when', 'b');
    params.set('offer', 'no');
    const checked = checkReadings(readBack(params).readings);
    expect(checked.ok && checked.answers).toMatchObject({ applicationDate: { year: 2028, month: 3, day: 1 }, jobOffer: null });
  });
});
