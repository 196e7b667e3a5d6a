import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import { ELIGIBLE_INTAKES } from './eligibility';
import { INTAKE_SOURCES, intakesNamedBy, intakeValues, restsOnBrochure } from './intake-sources';

describe('INTAKE_SOURCES', () => {
  it('names a source for every intake the rules accept, and for nothing else', () => {
    expect(Object.keys(INTAKE_SOURCES)).toEqual([...ELIGIBLE_INTAKES]);
  });

  it('is the facts file’s split: ImmD names 2024/25 and 2025/26, the brochure 2026/27', () => {
    expect(intakesNamedBy('immd')).toEqual(['2024/25', '2025/26']);
    expect(intakesNamedBy('brochure')).toEqual(['2026/27']);
  });

  examples('%s rests on the brochure alone: %s', restsOnBrochure, [
    ['2026/27', true],
    ['2025/26', false],
    ['2024/25', false],
    ['2027/28', false],
    ['toString', false],
  ]);

  it('joins each list the reader’s way', () => {
    expect(intakeValues('、')).toEqual({ immdIntakes: '2024/25、2025/26', brochureIntakes: '2026/27' });
    expect(intakeValues(', ').immdIntakes).toBe('2024/25, 2025/26');
  });
});
