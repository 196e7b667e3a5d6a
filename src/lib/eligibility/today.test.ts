import { afterEach, describe, expect, it } from 'vitest';
import { todayInHongKong } from './today';

const originalZone = process.env['TZ'];
afterEach(() => {
  if (originalZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalZone;
});

// Hong Kong is UTC+8 all year, so its day starts at 16:00 UTC the day before.
describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Hong_Kong'])('with TZ=%s', (zone) => {
  it.each([
    ['2026-06-30T15:59:59Z', '2026-06-30'],
    ['2026-06-30T16:00:00Z', '2026-07-01'],
    ['2027-12-31T16:00:00Z', '2028-01-01'],
    ['2028-02-28T16:00:00Z', '2028-02-29'],
  ])('at %s it is %s in Hong Kong', (instant, expected) => {
    process.env['TZ'] = zone;
    expect(todayInHongKong(new Date(instant))).toBe(expected);
  });
});

describe('todayInHongKong()', () => {
  it('defaults to now', () => {
    const before = todayInHongKong(new Date());
    const today = todayInHongKong();
    const after = todayInHongKong(new Date());
    expect([before, after]).toContain(today); // a midnight may pass between the calls
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('throws a RangeError for an invalid Date, as Intl does', () => {
    expect(() => todayInHongKong(new Date(Number.NaN))).toThrow(RangeError);
  });
});
