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

  it('is unknown without a plan, a graduation date, or a readable one', () => {
    expect(day({ graduated }, undefined)).toBeUndefined();
    expect(day({}, 'a')).toBeUndefined();
    expect(day({}, 'b')).toBeUndefined();
    expect(day({ graduated: '2027-02-30' }, 'a')).toBeUndefined();
    expect(day({ graduated, apply: 'soon' }, 'date')).toBeUndefined();
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
