import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Answers, IntakesByProgramme, RuleId } from './contract';
import { assessEligibility, EXCLUDED_NATIONALITIES, RULE_IDS } from './index';
import { CATALOGUE, GOOD_OFFER, IN_CATEGORY_A as A, IN_CATEGORY_B as B, verdict } from './testing/fixtures';

// Smart-answers style: for every rule an "eligible when" and an "ineligible when" case, each
// changing the base applicants (graduated 2027-08-31: A until 2028-02-29, B from 2028-03-01 to
// 2028-08-31) as little as it can, and asserting the whole verdict, so that a case which trips a
// second rule by accident fails.
interface Case {
  name: string;
  answers: Answers;
  expected: 'category-a' | 'category-b' | 'not-yet-known' | RuleId[];
  catalogue: IntakesByProgramme;
}

const when = (name: string, answers: Answers, expected: Case['expected'], catalogue = CATALOGUE): Case => ({
  name,
  answers,
  expected,
  catalogue,
});

const admitted = (intakeYear: string, graduationDate: string, applicationDate: string): Answers => ({
  ...A,
  intakeYear,
  graduationDate,
  applicationDate,
});

const graduatedInJuly = (intakeYear: string, year: number) => admitted(intakeYear, `${year}-07-10`, `${year}-08-01`);

// Born 29 Feb 2008: 18 on 1 Mar 2026, as 2026 has no 29 February.
const leapling = (applicationDate: string): Answers => ({
  ...A,
  dateOfBirth: '2008-02-29',
  intakeYear: '2024/25',
  graduationDate: '2026-01-15',
  applicationDate,
});

const CASES: Record<RuleId, Case[]> = {
  age: [
    when('turns 18 on the application day', { ...A, dateOfBirth: '2009-10-01' }, 'category-a'),
    when('turns 18 the day after', { ...A, dateOfBirth: '2009-10-02' }, ['age']),
    when('born 29 Feb 2008, applying 1 Mar 2026', leapling('2026-03-01'), 'category-a'),
    when('born 29 Feb 2008, applying 28 Feb 2026', leapling('2026-02-28'), ['age']),
    // Turning 18 after graduating: the day of application decides, not the day of graduation.
    when('turns 18 inside A, applying on the birthday', { ...A, dateOfBirth: '2009-12-01', applicationDate: '2027-12-01' }, 'category-a'),
    when('turns 18 inside A, applying the day before', { ...A, dateOfBirth: '2009-12-01', applicationDate: '2027-11-30' }, ['age']),
    when('turns 18 inside B, applying on the birthday', { ...B, dateOfBirth: '2010-05-01', applicationDate: '2028-05-01' }, 'category-b'),
    when('turns 18 after every window', { ...B, dateOfBirth: '2010-09-01', applicationDate: '2028-08-31' }, ['age']),
  ],
  nationality: [
    ...['CN', 'IN', 'PK', 'NG'].map((code) => when(`${code} may apply`, { ...A, nationality: code }, 'category-a')),
    ...EXCLUDED_NATIONALITIES.map((code) => when(`${code} may not`, { ...A, nationality: code }, ['nationality'])),
  ],
  iang: [
    when('never under IANG', { ...A, permittedUnderIANG: false }, 'category-a'),
    when('once permitted under IANG', { ...A, permittedUnderIANG: true }, ['iang']),
  ],
  intake: [
    when('2024/25', graduatedInJuly('2024/25', 2026), 'category-a'),
    when('2025/26', A, 'category-a'),
    when('2026/27', graduatedInJuly('2026/27', 2028), 'category-a'),
    // Before the scheme: refused, whatever the catalogue says.
    when('2023/24', graduatedInJuly('2023/24', 2026), ['intake']),
    when('2023/24, in a catalogue that lists it', graduatedInJuly('2023/24', 2026), ['intake'], { EG114701: ['2023/24'] }),
    when('2020/21', graduatedInJuly('2020/21', 2023), ['intake']),
    // After the latest list: neither yes nor no, whatever the catalogue says (it has no list for it).
    when('2027/28', graduatedInJuly('2027/28', 2029), 'not-yet-known'),
    when('2027/28, in a catalogue that lists it', graduatedInJuly('2027/28', 2029), 'not-yet-known', { EG114701: ['2027/28'] }),
    when('2031/32', graduatedInJuly('2031/32', 2033), 'not-yet-known'),
  ],
  programme: [
    when('listed for 2025/26', { ...A, programmeId: 'AS114206' }, 'category-a'),
    when('listed for 2026/27 only, admitted 2026/27', { ...graduatedInJuly('2026/27', 2028), programmeId: 'HT114360' }, 'category-a'),
    when('listed for 2026/27 only, admitted 2025/26', { ...A, programmeId: 'HT114360' }, ['programme']),
    when('listed from 2025/26, admitted 2024/25', { ...graduatedInJuly('2024/25', 2026), programmeId: 'AS114206' }, ['programme']),
    when('not in the catalogue', { ...A, programmeId: 'XX000000' }, ['programme']),
    // A later intake has no list yet, so no programme is refused for it.
    when('listed for 2026/27 only, admitted 2027/28', { ...graduatedInJuly('2027/28', 2029), programmeId: 'HT114360' }, 'not-yet-known'),
    when('not in the catalogue, admitted 2027/28', { ...graduatedInJuly('2027/28', 2029), programmeId: 'XX000000' }, 'not-yet-known'),
    when('an empty id', { ...A, programmeId: '' }, ['programme']),
    when("'toString', inherited from Object.prototype", { ...A, programmeId: 'toString' }, ['programme']),
    when("'__proto__'", { ...A, programmeId: '__proto__' }, ['programme']),
    // Only the catalogue's own entries count, so a polluted prototype cannot make a programme eligible.
    when('listed only on the catalogue’s prototype', A, ['programme'], Object.create(CATALOGUE) as IntakesByProgramme),
  ],
  completion: [
    when('2025/26, graduated 31 Aug 2028', admitted('2025/26', '2028-08-31', '2028-09-01'), 'category-a'),
    when('2025/26, graduated 1 Sep 2028', admitted('2025/26', '2028-09-01', '2028-09-02'), ['completion']),
    when('2026/27, graduated 31 Aug 2029', admitted('2026/27', '2029-08-31', '2029-10-01'), 'category-a'),
    when('2026/27, graduated 1 Sep 2029', admitted('2026/27', '2029-09-01', '2029-10-01'), ['completion']),
  ],
  window: [
    when('on the day of graduation', { ...A, applicationDate: '2027-08-31' }, 'category-a'),
    when('the day before graduation', { ...A, applicationDate: '2027-08-30' }, ['window']),
    when("on A's last day, with no offer", { ...A, applicationDate: '2028-02-29' }, 'category-a'),
    when("on B's first day, with an offer", { ...B, applicationDate: '2028-03-01' }, 'category-b'),
    when("on B's last day, with an offer", { ...B, applicationDate: '2028-08-31' }, 'category-b'),
    when("the day after B's last, with an offer", { ...B, applicationDate: '2028-09-01' }, ['window']),
    // Outside B's window the offer is not looked at: only the window fails.
    when("the day after B's last, with no offer", { ...A, applicationDate: '2028-09-01' }, ['window']),
  ],
  'job-offer': [
    when('in B, with an offer meeting every condition', B, 'category-b'),
    when('in B, with a 12-month contract', { ...B, jobOffer: { ...GOOD_OFFER, contractMonths: 12 } }, 'category-b'),
    when('in B, with no offer', { ...B, jobOffer: null }, ['job-offer']),
    when("on B's first day, with no offer", { ...B, applicationDate: '2028-03-01', jobOffer: null }, ['job-offer']),
    ...(['fullTime', 'relevantToProgramme', 'higherDiplomaLevel', 'marketPay'] as const).map((condition) =>
      when(`in B, with an offer that is not ${condition}`, { ...B, jobOffer: { ...GOOD_OFFER, [condition]: false } }, [
        'job-offer',
      ]),
    ),
    when('in B, with an 11-month contract', { ...B, jobOffer: { ...GOOD_OFFER, contractMonths: 11 } }, ['job-offer']),
    when('in B, in a business of their own', { ...B, jobOffer: { ...GOOD_OFFER, ownBusiness: true } }, ['job-offer']),
    when('in A, with no offer', { ...A, jobOffer: null }, 'category-a'),
    when('in A, own business, no contract', { ...A, jobOffer: { ...GOOD_OFFER, ownBusiness: true, contractMonths: 0 } }, 'category-a'),
  ],
};

describe.each(RULE_IDS.map((rule) => ({ rule, cases: CASES[rule] })))('rule $rule', ({ cases }) => {
  it.each(cases)('$name', ({ answers, catalogue, expected }) => {
    expect(verdict(assessEligibility(answers, catalogue))).toEqual(expected);
  });
});

describe('several failures', () => {
  it.each<[string, Answers, RuleId[]]>([
    [
      'every rule but the programme (not asked before the scheme) and the job offer (it and the window cannot fail together)',
      {
        ...admitted('2023/24', '2027-08-31', '2027-08-30'),
        dateOfBirth: '2015-01-01',
        nationality: 'VN',
        permittedUnderIANG: true,
      },
      ['age', 'nationality', 'iang', 'intake', 'completion', 'window'],
    ],
    ['the first and the last rule', { ...B, dateOfBirth: '2010-06-01', jobOffer: null }, ['age', 'job-offer']],
    ['an intake before the scheme', { ...A, intakeYear: '2023/24' }, ['intake', 'completion']],
    ['a later intake, with another rule failing', { ...graduatedInJuly('2027/28', 2029), nationality: 'VN' }, ['nationality']],
    ['changed in another order', { ...B, jobOffer: null, permittedUnderIANG: true, nationality: 'KP' }, [
      'nationality',
      'iang',
      'job-offer',
    ]],
  ])('%s: all are listed, in RULE_IDS order', (_, answers, expected) => {
    expect(verdict(assessEligibility(answers, CATALOGUE))).toEqual(expected);
  });

  it('still gives the windows', () => {
    expect(assessEligibility({ ...A, nationality: 'VN' }, CATALOGUE)).toMatchObject({
      windows: {
        categoryA: { from: '2027-08-31', to: '2028-02-29' },
        categoryB: { from: '2028-03-01', to: '2028-08-31' },
      },
    });
  });
});

describe('RULE_IDS', () => {
  it('is the RuleId union, in order', () => {
    // Checked by tsc (`tsc --noEmit -p .` includes the tests), not at run time.
    expectTypeOf<RuleId>().toEqualTypeOf<
      'age' | 'nationality' | 'iang' | 'intake' | 'programme' | 'completion' | 'window' | 'job-offer'
    >();
    expect(RULE_IDS).toEqual(['age', 'nationality', 'iang', 'intake', 'programme', 'completion', 'window', 'job-offer']);
  });
});
