import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatRange } from '../eligibility';
import type { Plan } from './choices';
import { deriveDates } from './derived-dates';
import type { Draft } from './fields';

const graduated = '2027-08-31';
const day = (draft: Draft, plan: Plan | undefined) => {
  const { application } = deriveDates(draft, plan);
  return application.ok ? formatIsoDate(application.value) : undefined;
};

describe('the application day the rules are given', () => {
  it.each([
    ['a', {}, '2027-08-31'],
    ['b', {}, '2028-03-01'],
    ['date', { apply: '2028-05-05' }, '2028-05-05'],
  ] as const)('plan %s', (plan, extra, expected) => {
    expect(day({ graduated, ...extra }, plan)).toBe(expected);
  });

  it.each([
    ['a', '2009-12-01', '2027-12-01'], // 18 inside A: that day
    ['a', '2010-05-01', '2028-05-01'], // 18 only inside B: that day, in B
    ['a', '2011-01-01', '2027-08-31'], // 18 after every window: A's first day, which the age rule refuses
    ['b', '2009-12-01', '2028-03-01'], // 18 before B: B's first day
    ['b', '2010-05-01', '2028-05-01'], // 18 inside B: that day
    ['date', '2010-05-01', '2028-04-01'], // a chosen day stays as chosen
  ] as const)('plan %s, born %s: the first day of the window on which the student is 18, %s', (plan, born, expected) => {
    expect(day({ graduated, born, apply: '2028-04-01' }, plan)).toBe(expected);
  });

  it('is unknown without a plan, a graduation date, or a readable one', () => {
    expect(day({ graduated }, undefined)).toBeUndefined();
    expect(day({}, 'a')).toBeUndefined();
    expect(day({}, 'b')).toBeUndefined();
    expect(day({ graduated: '2027-02-30' }, 'a')).toBeUndefined();
    expect(day({ graduated, apply: 'soon' }, 'date')).toBeUndefined();
  });
});

describe('the earliest day', () => {
  it.each([
    ['2005-05-20', '2027-08-31 category-a'],
    ['2009-12-01', '2027-12-01 category-a'],
    ['2010-05-01', '2028-05-01 category-b'],
    ['2011-01-01', null],
  ])('born %s: %s', (born, expected) => {
    const { earliest } = deriveDates({ graduated, born }, undefined);
    expect(earliest && `${formatIsoDate(earliest.day)} ${earliest.category}`).toBe(expected);
  });

  it('is unknown until both dates are real dates', () => {
    expect(deriveDates({ graduated }, 'a').earliest).toBeUndefined();
    expect(deriveDates({ born: '2005-05-20' }, 'a').earliest).toBeUndefined();
    expect(deriveDates({ graduated, born: '2005-02-30' }, 'a').earliest).toBeUndefined();
  });
});

describe('the windows', () => {
  it('are counted once from the graduation date (the facts file’s example)', () => {
    const { ranges } = deriveDates({ graduated }, undefined);
    expect(ranges && [formatRange(ranges.categoryA), formatRange(ranges.categoryB)]).toEqual([
      { from: '2027-08-31', to: '2028-02-29' },
      { from: '2028-03-01', to: '2028-08-31' },
    ]);
  });

  it('are unknown until the graduation date is a real date', () => {
    expect(deriveDates({ graduated: '2027-02-30' }, 'a').ranges).toBeNull();
    expect(deriveDates({}, 'a').ranges).toBeNull();
  });

  it.each([
    ['the last day of A', '2028-02-29', false],
    ['the first day of B', '2028-03-01', true],
    ['the last day of B', '2028-08-31', true],
    ['the day after B', '2028-09-01', false],
  ] as const)('place %s in B or not', (_, apply, inB) => {
    expect(deriveDates({ graduated, apply }, 'date').applicationInB).toBe(inB);
  });
});
