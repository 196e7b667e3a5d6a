import { describe, expect, it } from 'vitest';
import { RULE_IDS, assessEligibility, type Answers } from '../eligibility';
import { CATALOGUE, IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { validateAnswers } from '../eligibility/validate';
import { readFlow } from './flow';
import { fieldOfFragment } from './form-ids';
import { draftFromQuery, queryOf } from './query';
import { failureValues, summaryRows } from './result';
import { draftFromAnswers, without } from './testing/drafts';

const checked = (answers: Answers) => {
  const validation = validateAnswers(answers);
  if (!validation.ok) throw new Error('the fixtures are valid answers');
  return validation.answers;
};

const windows = {
  categoryA: { from: '2027-08-31', to: '2028-02-29' },
  categoryB: { from: '2028-03-01', to: '2028-08-31' },
};

describe('failureValues', () => {
  it.each([
    ['age', {}, { date: '2027-10-01' }],
    ['intake', { intake: '2025/26', immdIntakes: '2024/25, 2025/26', brochureIntakes: '2026/27' }, {}],
    ['programme', { intake: '2025/26' }, {}],
    ['completion', { intake: '2025/26' }, { date: '2028-08-31', graduated: '2027-08-31' }],
    ['window', {}, { from: '2027-08-31', to: '2028-08-31', date: '2027-10-01' }],
    ['nationality', {}, {}],
    ['iang', {}, {}],
    ['job-offer', {}, {}],
  ] as const)('%s', (rule, text, dates) => {
    expect(failureValues(rule, checked(IN_CATEGORY_A), windows)).toEqual({ text, dates });
  });

  it('joins the intakes with the reader’s separator', () => {
    expect(failureValues('intake', checked(IN_CATEGORY_A), windows, '、').text).toMatchObject({ immdIntakes: '2024/25、2025/26' });
  });

  it('has a case for every rule', () => {
    expect(RULE_IDS.map((rule) => typeof failureValues(rule, checked(IN_CATEGORY_A), windows))).not.toContain('undefined');
  });

  it('counts the deadline from the intake as read: three academic years', () => {
    expect(failureValues('completion', checked({ ...IN_CATEGORY_A, intakeYear: '2026/27' }), windows).dates.date).toBe('2029-08-31');
  });

  it('uses the same windows as the assessment', () => {
    const assessment = assessEligibility(IN_CATEGORY_A, CATALOGUE);
    expect(assessment.outcome !== 'invalid' && assessment.windows).toEqual(windows);
  });
});

describe('summaryRows', () => {
  it('lists the answers that apply, with the offer’s tick boxes as one row', () => {
    const draft = without(draftFromAnswers(IN_CATEGORY_B), 'pay');
    const rows = summaryRows(readFlow(draft));
    expect(rows.map((r) => r.id)).toEqual([
      'programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when', 'apply', 'offer', 'terms', 'months', 'own-business',
    ]);
    expect(rows.find((r) => r.id === 'terms')?.values).toEqual(['full-time', 'relevant', 'level']);
    expect(rows.find((r) => r.id === 'born')?.values).toEqual(['2005-05-20']);
  });

  it('has no offer rows in Category A', () => {
    expect(summaryRows(readFlow(draftFromAnswers(IN_CATEGORY_A))).map((r) => r.id)).not.toContain('offer');
  });

  it('has "change" links that keep every answer and point at the question', () => {
    const flow = readFlow(draftFromAnswers(IN_CATEGORY_B));
    for (const row of summaryRows(flow)) {
      const url = new URL(row.changeHref, 'https://example.org/en/eligibility/');
      expect(draftFromQuery(url.searchParams)).toEqual(draftFromQuery(queryOf(flow)));
      const field = fieldOfFragment(url.hash);
      expect(row.id === 'terms' ? field === 'full-time' : field === row.id).toBe(true);
    }
    expect(summaryRows(flow).find((r) => r.id === 'born')?.changeHref).toMatch(/^\?programme=EG114701&.*#checker-born$/);
  });
});
