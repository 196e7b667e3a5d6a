import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { ELIGIBLE_INTAKES, latestGraduationDate } from '../eligibility';
import { FIELDS } from './fields';
import { choicesOf, intakeOptions, isOfferTerm, isPlan, readYesNo } from './choices';

describe('intakeOptions', () => {
  it('offers the scheme’s intakes, two before and two after, newest first', () => {
    expect(intakeOptions()).toEqual(['2028/29', '2027/28', '2026/27', '2025/26', '2024/25', '2023/24', '2022/23']);
    for (const intake of ELIGIBLE_INTAKES) expect(intakeOptions()).toContain(intake);
  });

  it('offers only academic years the rules can read', () => {
    for (const intake of intakeOptions()) expect(latestGraduationDate(intake)).not.toBeNull();
  });
});

describe('the choices', () => {
  it('knows the plans', () => {
    expect(['a', 'b', 'date', 'c', undefined].map(isPlan)).toEqual([true, true, true, false, false]);
  });

  it('reads yes and no, and nothing else', () => {
    expect(['yes', 'no', 'Yes', undefined].map(readYesNo)).toEqual([true, false, undefined, undefined]);
  });

  examples('%s offers %j', choicesOf, [
    ['when', ['a', 'b', 'date']],
    ['iang', ['yes', 'no']],
    ['offer', ['yes', 'no']],
    ['own-business', ['yes', 'no']],
    ['born', undefined],
    ['months', undefined],
    ['full-time', undefined],
  ]);

  it('knows the offer’s tick boxes', () => {
    expect(FIELDS.filter(isOfferTerm)).toEqual(['full-time', 'relevant', 'level', 'pay']);
  });
});
