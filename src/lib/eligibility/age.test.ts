import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { earliestApplication, eighteenthBirthday, isAdultOn } from './age';
import { formatIsoDate } from './dates';
import { assessEligibility } from './index';
import { CATALOGUE, GOOD_OFFER, IN_CATEGORY_A, date } from './testing/fixtures';
import { rangesAfterGraduation } from './windows';

// Graduated 31 Aug 2027 (the facts file's example): A 2027-08-31..2028-02-29, B 2028-03-01..2028-08-31.
const ranges = rangesAfterGraduation(date('2027-08-31'));
const earliest = (born: string) => {
  const day = earliestApplication(date(born), ranges);
  return day && `${formatIsoDate(day.day)} ${day.category}`;
};

describe('eighteenthBirthday', () => {
  examples('born %s: 18 on %s', (born: string) => formatIsoDate(eighteenthBirthday(date(born))), [
    ['2009-12-01', '2027-12-01'],
    ['2008-02-29', '2026-03-01'], // no 29 February in 2026: 18 full years are complete on 1 March
    ['2010-02-28', '2028-02-28'],
    ['2012-02-29', '2030-03-01'],
    ['1992-02-29', '2010-03-01'],
    ['1988-02-29', '2006-03-01'],
    ['2000-02-29', '2018-03-01'],
    ['2002-02-28', '2020-02-28'],
  ]);

  it('is 18 on the birthday itself, not the day before', () => {
    expect(isAdultOn(date('2009-12-01'), date('2027-12-01'))).toBe(true);
    expect(isAdultOn(date('2009-12-01'), date('2027-11-30'))).toBe(false);
  });
});

// Smart-answers style: when the student may apply from the first day, from a later day, or never.
describe('earliestApplication', () => {
  describe('eligible from graduation day when', () => {
    it.each([
      ['18 long before', '2005-05-20'],
      ['18 on graduation day', '2009-08-31'],
      ['18 the day before graduation', '2009-08-30'],
    ])('%s', (_, born) => expect(earliest(born)).toBe('2027-08-31 category-a'));
  });

  describe('eligible from the 18th birthday when it falls in a window', () => {
    examples('%s', (_: string, born: string) => earliest(born), [
      ['the day after graduation', '2009-09-01', '2027-09-01 category-a'],
      ['inside A', '2009-12-01', '2027-12-01 category-a'],
      ["the day before A's last (29 February 2028)", '2010-02-28', '2028-02-28 category-a'],
      ["on B's first day", '2010-03-01', '2028-03-01 category-b'],
      ['inside B', '2010-05-01', '2028-05-01 category-b'],
      ["on B's last day", '2010-08-31', '2028-08-31 category-b'],
    ]);
  });

  describe('never, when the 18th birthday comes after every window', () => {
    it.each([
      ["the day after B's last", '2010-09-01'],
      ['a year later', '2011-08-31'],
    ])('%s', (_, born) => expect(earliest(born)).toBeNull());
  });

  it('counts a leap-day birthday from 1 March in a common year', () => {
    // Graduated 2026-01-15: A until 2026-07-15. Born 29 Feb 2008: 18 on 1 March 2026, inside A.
    const day = earliestApplication(date('2008-02-29'), rangesAfterGraduation(date('2026-01-15')));
    expect(day && formatIsoDate(day.day)).toBe('2026-03-01');
  });
});

describe('the assessment gives the earliest day', () => {
  it.each([
    ['already 18', IN_CATEGORY_A, { date: '2027-08-31', category: 'category-a' }],
    ['18 inside A, applying that day', { ...IN_CATEGORY_A, dateOfBirth: '2009-12-01', applicationDate: '2027-12-01' }, { date: '2027-12-01', category: 'category-a' }],
    ['18 inside A, applying too early', { ...IN_CATEGORY_A, dateOfBirth: '2009-12-01', applicationDate: '2027-10-01' }, { date: '2027-12-01', category: 'category-a' }],
    ['18 inside B', { ...IN_CATEGORY_A, dateOfBirth: '2010-05-01', applicationDate: '2028-05-01', jobOffer: GOOD_OFFER }, { date: '2028-05-01', category: 'category-b' }],
    ['18 after every window', { ...IN_CATEGORY_A, dateOfBirth: '2011-01-01' }, null],
  ])('%s', (_, answers, expected) => {
    const assessment = assessEligibility(answers, CATALOGUE);
    expect(assessment.outcome !== 'invalid' && assessment.earliest).toEqual(expected);
  });
});
