import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Assessment, IntakesByProgramme } from './contract';
import { assessEligibility } from './index';
import { answers, goodOffer } from './testing/arbitraries';
import { CATALOGUE } from './testing/fixtures';
import { ERROR_CODES } from './validate';

// Every kind of value fast-check knows: boxed primitives, Maps, Sets, dates, typed and sparse
// arrays, objects without a prototype, big integers.
const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

// Answers whose fields are each either plausible or garbage, so that garbage meets the code paths
// behind the first checks, and a job offer whose own fields may be garbage.
const spoiled = (record: object) =>
  fc.record(
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fc.oneof(fc.constant(value), anything)])),
    { requiredKeys: [] }, // a key may also be missing
  );
const mostlyAnswers = fc.tuple(answers, goodOffer).chain(([valid, offer]) =>
  fc.tuple(spoiled(valid), fc.oneof(fc.constant(null), anything, spoiled(offer))).map(([spoilt, jobOffer]) => ({
    ...spoilt,
    jobOffer,
  })),
);

const KNOWN_FIELDS = [
  ...['dateOfBirth', 'nationality', 'permittedUnderIANG', 'programmeId', 'intakeYear', 'graduationDate'],
  ...['applicationDate', 'jobOffer'],
  ...['fullTime', 'relevantToProgramme', 'higherDiplomaLevel', 'marketPay', 'contractMonths', 'ownBusiness'].map(
    (field) => `jobOffer.${field}`,
  ),
];

function expectWellFormed(result: Assessment) {
  expect(['category-a', 'category-b', 'not-yet-known', 'not-eligible', 'invalid']).toContain(result.outcome);
  if (result.outcome !== 'invalid') return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const { field, code } of result.errors) {
    expect(KNOWN_FIELDS).toContain(field);
    expect(ERROR_CODES).toContain(code);
  }
}

describe('assessEligibility on garbage', () => {
  it('never throws on arbitrary values for the answers and the catalogue', () => {
    fc.assert(
      fc.property(anything, anything, (input, catalogue) => {
        expectWellFormed(assessEligibility(input as Answers, catalogue as IntakesByProgramme));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws when some answers are garbage', () => {
    fc.assert(
      fc.property(mostlyAnswers, (input) => {
        expectWellFormed(assessEligibility(input as unknown as Answers, CATALOGUE));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws with valid answers and a garbage catalogue', () => {
    fc.assert(
      fc.property(answers, anything, (input, catalogue) => {
        expectWellFormed(assessEligibility(input, catalogue as IntakesByProgramme));
      }),
      { numRuns: 1000 },
    );
  });
});
