import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { CATALOGUE, IN_CATEGORY_A, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { evaluate as evaluateFlow, fieldOfAnswer } from './evaluate';
import type { Draft } from './fields';
import { readFlow } from './flow';
import { draftFromAnswers, without } from './testing/drafts';

const evaluate = (draft: Draft, catalogue: typeof CATALOGUE, submitted = true) =>
  evaluateFlow(readFlow(draft, catalogue), catalogue, { submitted });

const A = draftFromAnswers(IN_CATEGORY_A);
const B = draftFromAnswers(IN_CATEGORY_B);
const errorsOf = (draft: Draft) => {
  const evaluation = evaluate(draft, CATALOGUE);
  return evaluation.status === 'errors' ? evaluation.errors : evaluation.status;
};

describe('evaluate', () => {
  it('shows the questions for no answers, until they are submitted: then every question is unanswered', () => {
    expect(evaluate({}, CATALOGUE, false)).toEqual({ status: 'questions' });
    expect(errorsOf({})).toEqual(['programme', 'intake', 'nationality', 'born', 'iang', 'graduated', 'when'].map((field) => ({ field, code: 'required' })));
  });

  it('shows a link’s answers as questions, without errors for those not answered yet', () => {
    expect(evaluate({ programme: 'EG114701' }, CATALOGUE, false)).toEqual({ status: 'questions' });
    expect(evaluate({ programme: 'EG114701', born: 'soon' }, CATALOGUE, false)).toEqual({ status: 'questions' });
  });

  it('assesses complete answers from a link as it would submitted ones (a shared result)', () => {
    expect(evaluate(A, CATALOGUE, false)).toEqual(evaluate(A, CATALOGUE, true));
  });

  it.each([
    ['category-a', A],
    ['category-b', B],
    ['not-yet-known', { ...A, intake: '2027/28', graduated: '2029-07-15', apply: '2029-08-01' }],
  ] as const)('assesses complete answers: %s', (outcome, draft) => {
    const evaluation = evaluate(draft, CATALOGUE);
    expect(evaluation.status === 'assessed' && evaluation.assessment.outcome).toBe(outcome);
  });

  it('ends with the first answer that rules the student out, and names only its rules', () => {
    expect(evaluate({ ...A, nationality: 'VN', iang: 'yes', born: '2012-01-01' }, CATALOGUE)).toEqual({ status: 'ruled-out', rules: ['nationality'] });
  });

  it('rules out a submitted form whose earlier questions are unanswered, but not a link’s until they are', () => {
    expect(evaluate({ nationality: 'VN' }, CATALOGUE)).toEqual({ status: 'ruled-out', rules: ['nationality'] });
    expect(evaluate({ nationality: 'VN' }, CATALOGUE, false)).toEqual({ status: 'questions' });
    expect(evaluate({ programme: 'EG114701', intake: '2025/26', nationality: 'VN' }, CATALOGUE, false)).toEqual({
      status: 'ruled-out',
      rules: ['nationality'],
    });
  });

  it('lists the failures on the day for a student the answers do not rule out', () => {
    const evaluation = evaluate({ ...A, born: '2009-12-01' }, CATALOGUE);
    expect(evaluation.status === 'assessed' && evaluation.assessment).toMatchObject({
      outcome: 'not-eligible',
      failed: ['age'],
      earliest: { date: '2027-12-01', category: 'category-a' },
    });
  });

  it('asks for every missing answer, in question order', () => {
    const missing = ['programme', 'intake', 'born', 'iang', 'graduated', 'offer'];
    expect(errorsOf({ nationality: 'CN', when: 'b' })).toEqual(missing.map((field) => ({ field, code: 'required' })));
  });

  examples('names the field of %s', (_: string, change: Draft) => errorsOf({ ...A, ...change }), [
    ['an impossible date', { graduated: '2027-02-30' }, [{ field: 'graduated', code: 'impossible-date' }]],
    ['a graduation before birth', { born: '2028-01-01' }, [{ field: 'graduated', code: 'before-birth' }]],
    ['a malformed date', { born: '20/05/2005' }, [{ field: 'born', code: 'malformed-date' }]],
    ['a year out of range', { apply: '1800-01-01' }, [{ field: 'apply', code: 'out-of-range-date' }]],
    ['a malformed intake', { intake: '2025/27' }, [{ field: 'intake', code: 'malformed-intake' }]],
    ['a lower-case nationality', { nationality: 'cn' }, [{ field: 'nationality', code: 'malformed-nationality' }]],
    ['an unknown choice', { iang: 'maybe' }, [{ field: 'iang', code: 'invalid-choice' }]],
  ]);

  it('reports both a missing answer and an impossible date at once', () => {
    expect(errorsOf({ ...without(A, 'iang'), born: '2005-02-30' })).toEqual([
      { field: 'born', code: 'impossible-date' },
      { field: 'iang', code: 'required' },
    ]);
  });

  it('blames the graduation date, not the window derived from it', () => {
    expect(errorsOf({ ...without(A, 'apply'), when: 'a', graduated: 'soon' })).toEqual([
      { field: 'graduated', code: 'malformed-date' },
    ]);
  });

  it('names the contract length when it is not a whole number', () => {
    expect(errorsOf({ ...B, months: '1.5' })).toEqual([{ field: 'months', code: 'invalid-contract-months' }]);
    expect(errorsOf({ ...B, months: '-3' })).toEqual([{ field: 'months', code: 'invalid-contract-months' }]);
  });
});

describe('fieldOfAnswer', () => {
  it('maps the rules’ names to questions and nothing else', () => {
    expect(fieldOfAnswer('jobOffer.contractMonths')).toBe('months');
    expect(fieldOfAnswer('applicationDate')).toBe('apply');
    expect(fieldOfAnswer('toString')).toBeUndefined();
  });
});
