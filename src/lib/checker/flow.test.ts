import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { formatIsoDate } from '../eligibility/dates';
import { CATALOGUE, IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { FIELDS, type Draft, type Field } from './fields';
import { readFlow as readFlowIn, RULING_OUT_QUESTIONS } from './flow';
import { draftFromAnswers, without } from './testing/drafts';

// The questions everyone answers, answered. Graduated 31 Aug 2027: Category A 2027-08-31..2028-02-29,
// Category B 2028-03-01..2028-08-31.
const base: Draft = without(draftFromAnswers(IN_CATEGORY_A), 'when', 'apply', 'offer');
const readFlow = (draft: Draft) => readFlowIn(draft, CATALOGUE);
const ALWAYS: Field[] = ['programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when'];
const OFFER: Field[] = ['offer', 'full-time', 'relevant', 'level', 'pay', 'months', 'own-business'];

describe('which questions are asked', () => {
  examples('%s', (_: string, extra: Draft) => readFlow({ ...base, ...extra }).fields, [
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
    ['an impossible day', { when: 'date', apply: '2028-04-31', offer: 'yes' }, [...ALWAYS, 'apply']],
  ]);

  it('asks nothing about an offer when the graduation date is unknown or unreadable', () => {
    expect(readFlow({ when: 'date', apply: '2028-04-01' }).offerApplies).toBe(false);
    expect(readFlow({ ...base, graduated: '2027-02-30', when: 'date', apply: '2027-09-01' }).offerApplies).toBe(false);
  });

  it('keeps the questions in FIELDS order', () => {
    const all = readFlow({ ...base, when: 'b', offer: 'yes' }).fields;
    expect(all).toEqual(FIELDS.filter((f) => all.includes(f)));
  });

  it('does not require the tick boxes (unticked is an answer)', () => {
    expect(readFlow({ ...base, when: 'b', offer: 'yes' }).required).toEqual([...ALWAYS, 'offer', 'months', 'own-business']);
  });

  it('reads only the plans the question offers', () => {
    expect([readFlow({ when: 'b' }).plan, readFlow({ when: 'soon' }).plan, readFlow({}).plan]).toEqual(['b', undefined, undefined]);
  });
});

describe('turning 18 inside a window', () => {
  it.each([
    ['aiming for A, 18 inside it', { born: '2009-12-01', when: 'a' }, '2027-12-01', ALWAYS],
    ['aiming for A, 18 only inside B: the offer is asked', { born: '2010-05-01', when: 'a' }, '2028-05-01', [...ALWAYS, 'offer']],
    ['aiming for B, 18 inside A', { born: '2009-12-01', when: 'b' }, '2028-03-01', [...ALWAYS, 'offer']],
    ['aiming for B, 18 inside it', { born: '2010-05-01', when: 'b' }, '2028-05-01', [...ALWAYS, 'offer']],
  ] as const)('%s', (_, extra, day, fields) => {
    const flow = readFlow({ ...base, ...extra });
    expect(flow.dates.application.ok && formatIsoDate(flow.dates.application.value)).toBe(day);
    expect(flow.fields).toEqual(fields);
  });
});

describe('an answer that rules the student out ends the questions', () => {
  const upTo = (field: Field) => ALWAYS.slice(0, ALWAYS.indexOf(field) + 1);

  it.each([
    ['an intake before the scheme', { intake: '2023/24' }, 'intake', ['intake']],
    ['a programme not listed for the intake', { programme: 'HT114360' }, 'intake', ['programme']],
    ['an excluded nationality', { nationality: 'AF' }, 'nationality', ['nationality']],
    ['IANG', { iang: 'yes' }, 'iang', ['iang']],
    ['18 only after the last day', { born: '2011-01-01' }, 'graduated', ['age']],
    ['a graduation too late for the intake', { graduated: '2028-09-01' }, 'graduated', ['completion']],
  ] as const)('%s', (_, change, at, rules) => {
    const flow = readFlow({ ...base, when: 'b', offer: 'yes', ...change });
    expect(flow.ruledOut).toEqual({ at, rules });
    expect(flow.fields).toEqual(upTo(at));
    expect(flow.offerApplies).toBe(false);
  });

  it('as soon as it is given, with earlier questions still unanswered', () => {
    const flow = readFlow({ nationality: 'VN' });
    expect(flow.ruledOut).toEqual({ at: 'nationality', rules: ['nationality'] });
    expect(flow.fields).toEqual(['programme', 'intake', 'nationality']);
    expect(flow.unanswered.map((e) => e.field)).toEqual(['programme', 'intake']);
  });

  it('at the first question that settles a rule, with only that question’s rules', () => {
    const flow = readFlow({ ...base, nationality: 'VN', iang: 'yes', intake: '2023/24' });
    expect(flow.ruledOut).toEqual({ at: 'intake', rules: ['intake'] });
  });

  it('not for an intake after the latest list: that is not yet known, not a no', () => {
    expect(readFlow({ ...base, intake: '2027/28', graduated: '2029-07-15' }).ruledOut).toBeNull();
  });

  it('not for a graduation before birth: that is an error to fix', () => {
    expect(readFlow({ ...base, born: '2030-01-01' }).ruledOut).toBeNull();
  });

  it('may end after these questions only', () => {
    expect(RULING_OUT_QUESTIONS).toEqual(['intake', 'nationality', 'iang', 'graduated']);
  });
});

describe('unanswered', () => {
  it('names every required question of an empty draft', () => {
    expect(readFlow({}).unanswered).toEqual(ALWAYS.map((field) => ({ field, code: 'required' })));
  });

  it('flags a choice the question does not offer', () => {
    expect(readFlow({ ...base, iang: 'maybe', when: 'b', offer: 'perhaps' }).unanswered).toEqual([
      { field: 'iang', code: 'invalid-choice' },
      { field: 'offer', code: 'invalid-choice' },
    ]);
    expect(readFlow({ ...base, when: 'soon' }).unanswered).toEqual([{ field: 'when', code: 'invalid-choice' }]);
  });

  it('leaves dates and codes to the rules', () => {
    expect(readFlow({ ...base, born: 'yesterday', nationality: 'xx', when: 'a' }).unanswered).toEqual([]);
  });

  it('asks for the offer details once there is an offer', () => {
    expect(readFlow({ ...base, when: 'b', offer: 'yes' }).unanswered).toEqual([
      { field: 'months', code: 'required' },
      { field: 'own-business', code: 'required' },
    ]);
  });
});

describe('the readings the rules are given', () => {
  it('passes unreadable numbers on, and leaves what is missing to the rules to name', () => {
    const draft = draftFromAnswers(IN_CATEGORY_B);
    const { jobOffer } = readFlow({ ...draft, months: 'two', 'own-business': 'perhaps' }).readings;
    expect(jobOffer.ok || jobOffer.errors).toEqual([
      { field: 'jobOffer.contractMonths', code: 'invalid-contract-months' },
      { field: 'jobOffer.ownBusiness', code: 'not-boolean' },
    ]);
  });

  it.each([
    ['the offer question is unanswered', { offer: undefined }, [{ field: 'jobOffer', code: 'malformed-job-offer' }]],
    ['there is no offer', { offer: 'no' }, null],
    ['the offer does not matter (Category A)', { apply: '2027-10-01' }, null],
  ] as const)('has no offer to give when %s', (_, change, expected) => {
    const draft = Object.fromEntries(Object.entries({ ...draftFromAnswers(IN_CATEGORY_B), ...change }).filter(([, v]) => v !== undefined));
    const { jobOffer } = readFlow(draft).readings;
    expect(jobOffer.ok ? jobOffer.value : jobOffer.errors).toEqual(expected);
  });

  it('reads each date once: the rules get the flow’s own readings', () => {
    const flow = readFlow({ ...base, when: 'b' });
    expect(flow.readings.dateOfBirth).toBe(flow.dates.born);
    expect(flow.readings.graduationDate).toBe(flow.dates.graduated);
    expect(flow.readings.applicationDate).toBe(flow.dates.application);
  });
});
