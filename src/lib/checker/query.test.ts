import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { categoryBWindow, checkReadings, validateAnswers, type Answers } from '../eligibility';
import { answers as anyAnswers } from '../eligibility/testing/arbitraries';
import { CATALOGUE, IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { readFlow } from './flow';
import { bornFromParts, draftFromQuery, partsOfBorn, queryOf } from './query';
import { draftFromAnswers } from './testing/drafts';

/** What survives a trip through the URL: the offer only where the rules look at it. */
function normalised(a: Answers): Answers {
  const b = categoryBWindow(a.graduationDate);
  const inB = b !== null && b.from <= a.applicationDate && a.applicationDate <= b.to;
  return inB ? a : { ...a, jobOffer: null };
}

/** The query a student with these answers gets, and what the checker reads back from it. */
const queryOfAnswers = (a: Answers) => queryOf(readFlow(draftFromAnswers(a), CATALOGUE));
const readBack = (params: URLSearchParams) => readFlow(draftFromQuery(params), CATALOGUE);

describe('draftFromQuery', () => {
  it('keeps the known keys, trimmed, and drops empty and unknown ones', () => {
    const params = new URLSearchParams('born=%202005-05-20%20&nationality=&utm_source=x&iang=no');
    expect(draftFromQuery(params)).toEqual({ born: '2005-05-20', iang: 'no' });
  });

  it('makes the date of birth from its three boxes, as a form sent without script writes them', () => {
    expect(draftFromQuery(new URLSearchParams('born-year=2005&born-month=5&born-day=20&iang=no'))).toEqual({ born: '2005-05-20', iang: 'no' });
    expect(draftFromQuery(new URLSearchParams('born-year=&born-month=&born-day='))).toEqual({});
    // 'born' itself wins: it is what the island writes.
    expect(draftFromQuery(new URLSearchParams('born=2006-01-02&born-year=2005&born-month=5&born-day=20')).born).toBe('2006-01-02');
  });
});

describe('the three boxes of the date of birth', () => {
  examples('%j make %s', ([year, month, day]: readonly [string | null, string | null, string | null]) => bornFromParts(year, month, day), [
    [['2005', '5', '20'], '2005-05-20'],
    [['2005', '05', '07'], '2005-05-07'],
    [[' 2005 ', ' 12', '31 '], '2005-12-31'],
    [['2005', '', '20'], '2005--20'], // a missing month: what was typed, which the rules call malformed
    [['2005', 'May', '20'], '2005-May-20'],
    [['', '', ''], undefined],
    [[null, null, null], undefined],
  ]);

  examples('%j fills the boxes with %j', partsOfBorn, [
    ['2005-05-20', { year: '2005', month: '5', day: '20' }],
    ['2005--20', { year: '2005', month: '', day: '20' }],
    ['2005-May-20', { year: '2005', month: 'May', day: '20' }],
    ['yesterday', { year: '', month: '', day: '' }],
    [undefined, { year: '', month: '', day: '' }],
  ]);

  it('go back and forth for every real date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (instant) => {
        const born = instant.toISOString().slice(0, 10);
        const { year, month, day } = partsOfBorn(born);
        expect(bornFromParts(year, month, day)).toBe(born);
      }),
    );
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
    }, CATALOGUE));
    expect(query.toString()).toBe('programme=cybersecurity&iang=no&graduated=2027-08-31&when=a');
  });

  it('ends with the answer that rules the student out: later answers are not written', () => {
    const query = queryOf(readFlow({ programme: 'EG114701', nationality: 'VN', born: '2005-05-20', iang: 'no' }, CATALOGUE));
    expect(query.toString()).toBe('programme=EG114701&nationality=VN');
  });
});

describe('the URL round trip', () => {
  it('gives back any answers it was given (the offer where it matters), up to one that rules the student out', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const sent = readFlow(draftFromAnswers(a), CATALOGUE);
        const flow = readBack(new URLSearchParams(`?${queryOf(sent).toString()}`));
        expect(flow.unanswered).toEqual([]);
        expect(flow.ruledOut).toEqual(sent.ruledOut);
        if (flow.ruledOut === null) expect(checkReadings(flow.readings)).toEqual(validateAnswers(normalised(a)));
        else expect(Object.keys(draftFromQuery(queryOf(flow)))).toEqual(flow.fields);
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
