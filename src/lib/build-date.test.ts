import { describe, expect, it } from 'vitest';
import { buildDate } from './build-date';

describe('buildDate', () => {
  it("is Hong Kong's calendar day when no date is set", () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Hong Kong (UTC+8).
    expect(buildDate({}, new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
    expect(buildDate({ VPAS_BUILD_DATE: '' }, new Date('2026-12-01T00:00:00Z'))).toBe('2026-12-01');
  });

  it('takes VPAS_BUILD_DATE when it names a real day', () => {
    expect(buildDate({ VPAS_BUILD_DATE: '2028-02-29' }, new Date('2026-12-01T00:00:00Z'))).toBe('2028-02-29');
  });

  it.each(['2027-02-29', '2027-13-01', '27-01-01', 'tomorrow', '2027-1-1'])('refuses VPAS_BUILD_DATE=%s, naming it', (value) => {
    expect(() => buildDate({ VPAS_BUILD_DATE: value })).toThrow(`not "${value}"`);
  });
});
