import { describe, expect, it, vi } from 'vitest';
import { parseIsoDate } from '../eligibility/dates';
import { CATALOGUE, IN_CATEGORY_B } from '../eligibility/testing/fixtures';
import { evaluate } from './evaluate';
import { readFlow } from './flow';
import { summaryRows } from './result';
import { draftFromAnswers } from './testing/drafts';

// Every date the flow reads goes through parseIsoDate: a pass-through spy counts the readings.
// (A module mock: this file runs in the isolated unit project, vitest.config.ts.)
vi.mock('../eligibility/dates', async (original) => {
  const actual = await original<typeof import('../eligibility/dates')>();
  return { ...actual, parseIsoDate: vi.fn(actual.parseIsoDate) };
});

describe('one evaluation', () => {
  it('parses each date of the draft exactly once, from the form to the result', () => {
    const draft = draftFromAnswers(IN_CATEGORY_B);
    const parse = vi.mocked(parseIsoDate);
    parse.mockClear();
    const flow = readFlow(draft, CATALOGUE);
    const evaluation = evaluate(flow, CATALOGUE);
    summaryRows(flow);
    expect(evaluation.status === 'assessed' && evaluation.assessment.outcome).toBe('category-b');
    const parsed = parse.mock.calls.map(([text]) => text);
    expect(parsed.toSorted()).toEqual([draft.apply, draft.born, draft.graduated].toSorted());
  });
});
