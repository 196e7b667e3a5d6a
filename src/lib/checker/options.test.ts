import { describe, expect, it } from 'vitest';
import { ELIGIBLE_INTAKES, latestGraduationDate } from '../eligibility';
import { intakeOptions, jsonForScript } from './options';

describe('intakeOptions', () => {
  it('offers the scheme’s intakes, two before and one after, newest first', () => {
    expect(intakeOptions()).toEqual(['2027/28', '2026/27', '2025/26', '2024/25', '2023/24', '2022/23']);
    for (const intake of ELIGIBLE_INTAKES) expect(intakeOptions()).toContain(intake);
  });

  it('offers only academic years the rules can read', () => {
    for (const intake of intakeOptions()) expect(latestGraduationDate(intake)).not.toBeNull();
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element, and reads back as the same value', () => {
    const value = { text: '</script><script>alert(1)</script>', line: 'a\u2028b\u2029c', n: [1, 'two'] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<\/?script/i);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
