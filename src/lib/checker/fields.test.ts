import { describe, expect, it } from 'vitest';
import {
  FIELDS,
  applicableFields,
  applicationDateOf,
  controlId,
  fieldOfFragment,
  isPlan,
  jobOfferApplies,
  requiredFields,
  unansweredFields,
  type Draft,
} from './fields';

// Graduated 31 Aug 2027: Category A 2027-08-31..2028-02-29, Category B 2028-03-01..2028-08-31.
const base: Draft = {
  programme: 'cybersecurity',
  intake: '2025/26',
  nationality: 'CN',
  born: '2005-05-20',
  iang: 'no',
  graduated: '2027-08-31',
};
const ALWAYS = ['programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when'];
const OFFER = ['offer', 'full-time', 'relevant', 'level', 'pay', 'months', 'own-business'];

describe('applicableFields: which questions are asked', () => {
  it.each([
    ['no plan yet', {}, ALWAYS],
    ['Category A', { when: 'a' }, ALWAYS],
    ['Category B, offer unanswered', { when: 'b' }, [...ALWAYS, 'offer']],
    ['Category B, no offer', { when: 'b', offer: 'no' }, [...ALWAYS, 'offer']],
    ['Category B with an offer', { when: 'b', offer: 'yes' }, [...ALWAYS, ...OFFER]],
    ['a day in A', { when: 'date', apply: '2028-02-29', offer: 'yes' }, [...ALWAYS, 'apply']],
    ['the first day of B', { when: 'date', apply: '2028-03-01', offer: 'yes' }, [...ALWAYS, 'apply', ...OFFER]],
    ['the last day of B', { when: 'date', apply: '2028-08-31' }, [...ALWAYS, 'apply', 'offer']],
    ['the day after B', { when: 'date', apply: '2028-09-01', offer: 'yes' }, [...ALWAYS, 'apply']],
    ['no day given', { when: 'date' }, [...ALWAYS, 'apply']],
    ['a malformed day', { when: 'date', apply: '2028-4-1' }, [...ALWAYS, 'apply']],
  ] as const)('%s', (_, extra, expected) => {
    expect(applicableFields({ ...base, ...extra })).toEqual(expected);
  });

  it('asks nothing about an offer when the graduation date is unknown or unreadable', () => {
    expect(jobOfferApplies({ when: 'date', apply: '2028-04-01' })).toBe(false);
    expect(jobOfferApplies({ ...base, graduated: '2027-02-30', when: 'date', apply: '2027-09-01' })).toBe(false);
  });

  it('keeps the questions in FIELDS order', () => {
    const all = applicableFields({ ...base, when: 'b', offer: 'yes' });
    expect(all).toEqual(FIELDS.filter((f) => all.includes(f)));
  });

  it('does not require the tick boxes (unticked is an answer)', () => {
    expect(requiredFields({ ...base, when: 'b', offer: 'yes' })).toEqual([...ALWAYS, 'offer', 'months', 'own-business']);
  });
});

describe('applicationDateOf', () => {
  it.each([
    ['a', {}, '2027-08-31'],
    ['b', {}, '2028-03-01'],
    ['date', { apply: '2028-05-05' }, '2028-05-05'],
  ] as const)('plan %s', (when, extra, expected) => {
    expect(applicationDateOf({ ...base, when, ...extra })).toBe(expected);
  });

  it('is unknown without a plan, a graduation date, or a readable one', () => {
    expect(applicationDateOf(base)).toBeUndefined();
    expect(applicationDateOf({ when: 'a' })).toBeUndefined();
    expect(applicationDateOf({ when: 'b' })).toBeUndefined();
    expect(applicationDateOf({ when: 'a', graduated: '2027-02-30' })).toBeUndefined();
  });

  it('knows the plans', () => {
    expect(['a', 'b', 'date', 'c', undefined].map(isPlan)).toEqual([true, true, true, false, false]);
  });
});

describe('unansweredFields', () => {
  it('names every required question of an empty draft', () => {
    expect(unansweredFields({})).toEqual(ALWAYS.map((field) => ({ field, code: 'required' })));
  });

  it('flags a choice the question does not offer', () => {
    expect(unansweredFields({ ...base, iang: 'maybe', when: 'b', offer: 'perhaps' })).toEqual([
      { field: 'iang', code: 'invalid-choice' },
      { field: 'offer', code: 'invalid-choice' },
    ]);
    expect(unansweredFields({ ...base, when: 'soon' })).toEqual([{ field: 'when', code: 'invalid-choice' }]);
  });

  it('leaves dates and codes to the rules', () => {
    expect(unansweredFields({ ...base, born: 'yesterday', nationality: 'xx', when: 'a' })).toEqual([]);
  });

  it('asks for the offer details once there is an offer', () => {
    expect(unansweredFields({ ...base, when: 'b', offer: 'yes' })).toEqual([
      { field: 'months', code: 'required' },
      { field: 'own-business', code: 'required' },
    ]);
  });
});

describe('controlId and fieldOfFragment', () => {
  it('go back and forth for every question, each to its own control', () => {
    for (const field of FIELDS) expect(fieldOfFragment(`#${controlId(field)}`)).toBe(field);
    expect(new Set(FIELDS.map(controlId)).size).toBe(FIELDS.length);
  });

  it('points radio groups at their first option', () => {
    expect(controlId('iang')).toBe('checker-iang-yes');
    expect(controlId('when')).toBe('checker-when-a');
    expect(controlId('born')).toBe('checker-born');
  });

  it('ignores fragments that are not questions', () => {
    expect(fieldOfFragment('#main')).toBeUndefined();
    expect(fieldOfFragment('')).toBeUndefined();
    expect(fieldOfFragment('checker-born')).toBe('born');
  });
});
