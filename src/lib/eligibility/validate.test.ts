import { describe, expect, it } from 'vitest';
import type { Answers } from './contract';
import { assessEligibility } from './index';
import { CATALOGUE, GOOD_OFFER, IN_CATEGORY_A as A, IN_CATEGORY_B as B } from './testing/fixtures';

// Garbage as it might arrive from a URL or a stale saved form, whatever the static type says.
const garbage = (changes: Record<string, unknown>, base: Answers = A) => ({ ...base, ...changes }) as unknown as Answers;
const offer = (changes: Record<string, unknown>) => garbage({ jobOffer: { ...GOOD_OFFER, ...changes } }, B);

describe('one invalid answer', () => {
  it.each<[string, Answers, string, string]>([
    ["a date without leading zeros ('2027-2-3')", { ...A, graduationDate: '2027-2-3' }, 'graduationDate', 'malformed-date'],
    ['a date with a time', { ...A, applicationDate: '2027-10-01T09:00' }, 'applicationDate', 'malformed-date'],
    ['an empty date', { ...A, dateOfBirth: '' }, 'dateOfBirth', 'malformed-date'],
    ['30 February', { ...A, graduationDate: '2027-02-30' }, 'graduationDate', 'impossible-date'],
    ['29 February in a common year', { ...A, applicationDate: '2027-02-29' }, 'applicationDate', 'impossible-date'],
    ['month 13', { ...A, dateOfBirth: '2027-13-01' }, 'dateOfBirth', 'impossible-date'],
    ['a year before 1900', { ...A, dateOfBirth: '1899-12-31' }, 'dateOfBirth', 'out-of-range-date'],
    ['a year after 2999', { ...A, applicationDate: '3000-01-01' }, 'applicationDate', 'out-of-range-date'],
    ['graduation the day before birth', { ...A, dateOfBirth: '2027-09-01' }, 'graduationDate', 'before-birth'],
    ["an intake of '2026/28'", { ...A, intakeYear: '2026/28' }, 'intakeYear', 'malformed-intake'],
    ["an intake of '2026-27'", { ...A, intakeYear: '2026-27' }, 'intakeYear', 'malformed-intake'],
    ["an intake of '2099/01'", { ...A, intakeYear: '2099/01' }, 'intakeYear', 'malformed-intake'],
    ["an intake of '2026/2027'", { ...A, intakeYear: '2026/2027' }, 'intakeYear', 'malformed-intake'],
    ['an intake starting after 2999', { ...A, intakeYear: '3000/01' }, 'intakeYear', 'out-of-range-intake'],
    ["a lower-case nationality ('cn')", { ...A, nationality: 'cn' }, 'nationality', 'malformed-nationality'],
    ["a mixed-case nationality ('Cn')", { ...A, nationality: 'Cn' }, 'nationality', 'malformed-nationality'],
    ["an alpha-3 nationality ('CHN')", { ...A, nationality: 'CHN' }, 'nationality', 'malformed-nationality'],
    ['an empty nationality', { ...A, nationality: '' }, 'nationality', 'malformed-nationality'],
    ['a negative contract', offer({ contractMonths: -1 }), 'jobOffer.contractMonths', 'invalid-contract-months'],
    ['a fractional contract', offer({ contractMonths: 12.5 }), 'jobOffer.contractMonths', 'invalid-contract-months'],
    ['a NaN contract', offer({ contractMonths: Number.NaN }), 'jobOffer.contractMonths', 'invalid-contract-months'],
    ['an infinite contract', offer({ contractMonths: Number.POSITIVE_INFINITY }), 'jobOffer.contractMonths', 'invalid-contract-months'],
    ['a contract as a string', offer({ contractMonths: '12' }), 'jobOffer.contractMonths', 'invalid-contract-months'],
    ['a null date', garbage({ dateOfBirth: null }), 'dateOfBirth', 'malformed-date'],
    ['a date as a number', garbage({ graduationDate: 20270831 }), 'graduationDate', 'malformed-date'],
    ['a nationality as a number', garbage({ nationality: 86 }), 'nationality', 'malformed-nationality'],
    ['an intake as a number', garbage({ intakeYear: 2026 }), 'intakeYear', 'malformed-intake'],
    ['a missing programme id', garbage({ programmeId: undefined }), 'programmeId', 'malformed-programme-id'],
    ["IANG as 'no'", garbage({ permittedUnderIANG: 'no' }), 'permittedUnderIANG', 'not-boolean'],
    ['a job offer that is a string', garbage({ jobOffer: 'yes' }), 'jobOffer', 'malformed-job-offer'],
    ['a missing job offer (undefined, not null)', garbage({ jobOffer: undefined }), 'jobOffer', 'malformed-job-offer'],
    ['a job offer flag as 1', offer({ fullTime: 1 }), 'jobOffer.fullTime', 'not-boolean'],
  ])('%s', (_, answers, field, code) => {
    expect(assessEligibility(answers, CATALOGUE)).toEqual({ outcome: 'invalid', errors: [{ field, code }] });
  });
});

describe('valid at the edges', () => {
  it.each<[string, Answers]>([
    ['graduation on the day of birth', { ...A, dateOfBirth: '2027-08-31' }],
    ["an intake of '2099/00' (2099 to 2100)", { ...A, intakeYear: '2099/00' }],
    ['a well-formed but unassigned nationality', { ...A, nationality: 'ZZ' }],
    ['a contract of 0 months', { ...B, jobOffer: { ...GOOD_OFFER, contractMonths: 0 } }],
  ])('%s is not invalid', (_, answers) => {
    expect(assessEligibility(answers, CATALOGUE).outcome).not.toBe('invalid');
  });
});

describe('several invalid answers', () => {
  it('lists every error, in the order of the fields (and of the offer’s fields)', () => {
    const answers = garbage({
      dateOfBirth: '2005-5-20',
      nationality: 'vn',
      intakeYear: '2026/28',
      graduationDate: '2027-02-30',
      jobOffer: { ...GOOD_OFFER, contractMonths: -3, ownBusiness: 'no' },
    });
    expect(assessEligibility(answers, CATALOGUE)).toEqual({
      outcome: 'invalid',
      errors: [
        { field: 'dateOfBirth', code: 'malformed-date' },
        { field: 'nationality', code: 'malformed-nationality' },
        { field: 'intakeYear', code: 'malformed-intake' },
        { field: 'graduationDate', code: 'impossible-date' },
        { field: 'jobOffer.contractMonths', code: 'invalid-contract-months' },
        { field: 'jobOffer.ownBusiness', code: 'not-boolean' },
      ],
    });
  });

  it('reports an empty job offer field by field', () => {
    const result = assessEligibility(garbage({ jobOffer: {} }), CATALOGUE);
    expect(result.outcome === 'invalid' && result.errors.map((error) => error.field)).toEqual([
      'jobOffer.fullTime',
      'jobOffer.relevantToProgramme',
      'jobOffer.higherDiplomaLevel',
      'jobOffer.marketPay',
      'jobOffer.contractMonths',
      'jobOffer.ownBusiness',
    ]);
  });

  it.each([null, undefined, 42, 'answers', [], {}])('reads %j as every answer missing', (input) => {
    const result = assessEligibility(input as unknown as Answers, CATALOGUE);
    expect(result.outcome === 'invalid' && result.errors.map((error) => error.field)).toEqual([
      'dateOfBirth',
      'nationality',
      'permittedUnderIANG',
      'programmeId',
      'intakeYear',
      'graduationDate',
      'applicationDate',
      'jobOffer',
    ]);
  });
});
