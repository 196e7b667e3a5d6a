import { describe, expect, it } from 'vitest';
import { assessEligibility, type Answers } from '../eligibility';
import { CATALOGUE, IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { evaluate } from './evaluate';
import type { Draft } from './fields';
import { readFlow } from './flow';
import { fieldOfFragment } from './form-ids';
import { draftFromQuery, queryOf } from './query';
import {
  isNegative,
  reasons,
  resultOutcome,
  sentenceValues,
  summaryRows,
  turnsEighteenLater,
  windowsFor,
  type Shown,
} from './result';
import { draftFromAnswers, without } from './testing/drafts';

const flowOf = (draft: Draft) => readFlow(draft, CATALOGUE);
const shown = (draft: Draft): Shown => {
  const evaluation = evaluate(flowOf(draft), CATALOGUE);
  if (evaluation.status !== 'assessed' && evaluation.status !== 'ruled-out') throw new Error(`nothing to show: ${evaluation.status}`);
  return evaluation;
};
const draft = (answers: Answers) => draftFromAnswers(answers);

// Admitted 2025/26, graduated 31 Aug 2027: A 2027-08-31..2028-02-29, B 2028-03-01..2028-08-31.
describe('which result', () => {
  it.each([
    ['eligible in A', draft(IN_CATEGORY_A), 'category-a'],
    ['eligible in B', draft(IN_CATEGORY_B), 'category-b'],
    ['a later intake', draft({ ...IN_CATEGORY_A, intakeYear: '2027/28', graduationDate: '2029-07-15', applicationDate: '2029-08-01' }), 'not-yet-known'],
    ['an excluded nationality', draft({ ...IN_CATEGORY_A, nationality: 'VN' }), 'ruled-out'],
    ['an intake before the scheme', draft({ ...IN_CATEGORY_A, intakeYear: '2023/24' }), 'ruled-out'],
    ['18 only after the last day', draft({ ...IN_CATEGORY_A, dateOfBirth: '2011-01-01' }), 'ruled-out'],
    ['a day before the 18th birthday', draft({ ...IN_CATEGORY_A, dateOfBirth: '2009-12-01' }), 'not-on-that-day'],
    ['a day after the last', draft({ ...IN_CATEGORY_A, applicationDate: '2028-09-01' }), 'not-on-that-day'],
    ['in B without an offer', draft({ ...IN_CATEGORY_B, jobOffer: null }), 'not-on-that-day'],
  ] as const)('%s: %s', (_, answers, outcome) => {
    expect(resultOutcome(shown(answers))).toBe(outcome);
    expect(isNegative(outcome)).toBe(outcome === 'ruled-out' || outcome === 'not-on-that-day');
  });
});

describe('reasons', () => {
  it.each([
    ['ruled out by nationality', { ...IN_CATEGORY_A, nationality: 'VN' }, ['nationality']],
    ['ruled out by age, after the last day', { ...IN_CATEGORY_A, dateOfBirth: '2011-01-01' }, ['age-after-last-day']],
    ['too young on the day chosen', { ...IN_CATEGORY_A, dateOfBirth: '2009-12-01' }, ['age-on-the-day']],
    ['a day before graduation', { ...IN_CATEGORY_A, applicationDate: '2027-08-30' }, ['window-before']],
    ['a day after the last', { ...IN_CATEGORY_A, applicationDate: '2028-09-01' }, ['window-after']],
    ['in B without an offer', { ...IN_CATEGORY_B, jobOffer: null }, ['job-offer']],
    ['eligible', IN_CATEGORY_A, []],
  ] as const)('%s', (_, answers, expected) => {
    const flow = flowOf(draft(answers));
    expect(reasons(shown(draft(answers)), flow).map((r) => r.id)).toEqual(expected);
  });

  it('end with the question that rules the student out: only its rules, not those of later answers', () => {
    const answers = { ...IN_CATEGORY_A, nationality: 'VN', permittedUnderIANG: true, dateOfBirth: '2011-01-01' };
    expect(reasons(shown(draft(answers)), flowOf(draft(answers))).map((r) => r.id)).toEqual(['nationality']);
  });
});

describe('sentenceValues', () => {
  it('names every date the reasons may use, from the answers read', () => {
    const flow = flowOf(draft({ ...IN_CATEGORY_A, dateOfBirth: '2009-12-01' }));
    expect(sentenceValues(flow, '、')).toEqual({
      text: { intake: '2025/26', immdIntakes: '2024/25、2025/26', brochureIntakes: '2026/27' },
      dates: { applied: '2027-10-01', graduated: '2027-08-31', deadline: '2028-08-31', birthday: '2027-12-01', last: '2028-08-31', earliest: '2027-12-01' },
      category: 'category-a',
    });
  });

  it('names only what is known when the questions end early', () => {
    const values = sentenceValues(flowOf({ nationality: 'VN' }));
    expect(values).toEqual({ text: { immdIntakes: '2024/25, 2025/26', brochureIntakes: '2026/27' }, dates: {} });
  });

  it('counts the deadline from the intake: three academic years', () => {
    expect(sentenceValues(flowOf({ intake: '2026/27' })).dates.deadline).toBe('2029-08-31');
  });
});

describe('the windows as they stand for the student', () => {
  const windows = {
    categoryA: { from: '2027-08-31', to: '2028-02-29' },
    categoryB: { from: '2028-03-01', to: '2028-08-31' },
  };

  it.each([
    ['18 by graduation', '2027-08-31', windows.categoryA, windows.categoryB, false],
    ['18 inside A', '2027-12-01', { from: '2027-12-01', to: '2028-02-29' }, windows.categoryB, true],
    ['18 inside B', '2028-05-01', null, { from: '2028-05-01', to: '2028-08-31' }, true],
  ] as const)('%s', (_, earliest, a, b, later) => {
    expect(windowsFor(windows, { date: earliest })).toEqual({ categoryA: a, categoryB: b });
    expect(turnsEighteenLater(windows, { date: earliest })).toBe(later);
  });

  it('has none when the student is 18 only after both', () => {
    expect(windowsFor(windows, null)).toEqual({ categoryA: null, categoryB: null });
  });

  it('starts from the assessment’s own windows', () => {
    const assessment = assessEligibility(IN_CATEGORY_A, CATALOGUE);
    expect(assessment.outcome !== 'invalid' && assessment.windows).toEqual(windows);
  });
});

describe('summaryRows', () => {
  it('lists the answers that apply, with the offer’s tick boxes as one row', () => {
    const rows = summaryRows(flowOf(without(draftFromAnswers(IN_CATEGORY_B), 'pay')));
    expect(rows.map((r) => r.id)).toEqual([
      'programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when', 'apply', 'offer', 'terms', 'months', 'own-business',
    ]);
    expect(rows.find((r) => r.id === 'terms')?.values).toEqual(['full-time', 'relevant', 'level']);
    expect(rows.find((r) => r.id === 'born')?.values).toEqual(['2005-05-20']);
  });

  it('has no offer rows in Category A', () => {
    expect(summaryRows(flowOf(draftFromAnswers(IN_CATEGORY_A))).map((r) => r.id)).not.toContain('offer');
  });

  it('stops at the answer that rules the student out, unanswered questions before it included', () => {
    const rows = summaryRows(flowOf({ nationality: 'VN', born: '2005-05-20' }));
    expect(rows.map((r) => [r.id, r.values[0]])).toEqual([['programme', ''], ['intake', ''], ['nationality', 'VN']]);
  });

  it('has "change" links that keep every answer and point at the question', () => {
    const flow = flowOf(draftFromAnswers(IN_CATEGORY_B));
    for (const row of summaryRows(flow)) {
      const url = new URL(row.changeHref, 'https://example.org/en/eligibility/');
      expect(draftFromQuery(url.searchParams)).toEqual(draftFromQuery(queryOf(flow)));
      const field = fieldOfFragment(url.hash);
      expect(row.id === 'terms' ? field === 'full-time' : field === row.id).toBe(true);
    }
    expect(summaryRows(flow).find((r) => r.id === 'born')?.changeHref).toMatch(/^\?programme=EG114701&.*#checker-born$/);
  });
});
