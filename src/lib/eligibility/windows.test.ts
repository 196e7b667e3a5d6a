import { describe, expect, it } from 'vitest';
import { categoryAWindow, categoryBWindow } from './windows';

// Month ends and leap years: the windows are where off-by-one-day mistakes would cost an applicant.
describe.each([
  { graduated: '2027-08-31', a: '2027-08-31..2028-02-29', b: '2028-03-01..2028-08-31' }, // into a leap February
  { graduated: '2027-08-30', a: '2027-08-30..2028-02-29', b: '2028-03-01..2028-08-30' },
  { graduated: '2026-08-31', a: '2026-08-31..2027-02-28', b: '2027-03-01..2027-08-31' }, // common February
  { graduated: '2028-02-29', a: '2028-02-29..2028-08-29', b: '2028-08-30..2029-02-28' }, // from a 29 February
  { graduated: '2027-01-31', a: '2027-01-31..2027-07-31', b: '2027-08-01..2028-01-31' },
  { graduated: '2027-03-31', a: '2027-03-31..2027-09-30', b: '2027-10-01..2028-03-31' },
  { graduated: '2027-12-31', a: '2027-12-31..2028-06-30', b: '2028-07-01..2028-12-31' },
  { graduated: '2027-06-15', a: '2027-06-15..2027-12-15', b: '2027-12-16..2028-06-15' },
])('graduated $graduated', ({ graduated, a, b }) => {
  it(`Category A runs ${a}`, () => {
    const window = categoryAWindow(graduated);
    expect(`${window?.from}..${window?.to}`).toBe(a);
  });

  it(`Category B runs ${b}`, () => {
    const window = categoryBWindow(graduated);
    expect(`${window?.from}..${window?.to}`).toBe(b);
  });
});

describe('windows for a graduation date that is not a date', () => {
  it.each(['2027-02-30', '2027-13-01', '2027-2-3', ''])('%j has none', (graduated) => {
    expect(categoryAWindow(graduated)).toBeNull();
    expect(categoryBWindow(graduated)).toBeNull();
  });
});
