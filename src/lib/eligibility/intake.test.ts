import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { latestGraduationDate, parseIntake } from './intake';

describe('parseIntake', () => {
  it.each([
    ['2026/27', 2026],
    ['2024/25', 2024],
    ['2099/00', 2099], // 2099 to 2100: the second year is written '00'
    ['1999/00', 1999],
  ])('reads %s as starting in %i', (text, firstYear) => {
    expect(parseIntake(text)).toEqual({ label: text, firstYear });
  });

  examples('rejects %j as %s', parseIntake, [
    ['2026/28', 'malformed-intake'],
    ['2026/26', 'malformed-intake'],
    ['2026-27', 'malformed-intake'],
    ['2026/2027', 'malformed-intake'],
    ['26/27', 'malformed-intake'],
    ['2099/01', 'malformed-intake'],
    ['', 'malformed-intake'],
    [2026, 'malformed-intake'],
    [null, 'malformed-intake'],
    ['1899/00', 'out-of-range-intake'],
    ['3000/01', 'out-of-range-intake'],
  ]);
});

describe('latestGraduationDate', () => {
  examples('an intake of %s must graduate by %s', latestGraduationDate, [
    ['2024/25', '2027-08-31'],
    ['2025/26', '2028-08-31'],
    ['2026/27', '2029-08-31'],
    ['2023/24', '2026-08-31'], // not an eligible intake, but the UI may still show the date
    ['2099/00', '2102-08-31'],
  ]);

  it.each(['2026/28', '2026-27', ''])('%j is not an intake', (intake) => {
    expect(latestGraduationDate(intake)).toBeNull();
  });
});
