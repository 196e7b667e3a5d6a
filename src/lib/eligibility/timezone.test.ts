import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { assessEligibility } from './index';
import { answers } from './testing/arbitraries';
import { CATALOGUE } from './testing/fixtures';

// The rules never construct a Date, so the machine's time zone cannot matter; this keeps it so.
// Zones from UTC-11 to UTC+14, with and without daylight saving.
const ZONES = ['UTC', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/London', 'Asia/Hong_Kong', 'Pacific/Kiritimati'];
const SAMPLE = fc.sample(answers, { numRuns: 300, seed: 20_270_831 });

const originalZone = process.env['TZ'];
afterAll(() => {
  if (originalZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalZone;
});

function inZone<T>(zone: string, run: () => T): T {
  process.env['TZ'] = zone;
  return run();
}

describe('the time zone of the machine', () => {
  it('does change in this test process (else the next test proves nothing)', () => {
    const offsets = ZONES.map((zone) => inZone(zone, () => new Date(Date.UTC(2027, 7, 31)).getTimezoneOffset()));
    expect(new Set(offsets).size).toBe(ZONES.length);
  });

  it('never changes an assessment', () => {
    const inUtc = inZone('UTC', () => SAMPLE.map((a) => assessEligibility(a, CATALOGUE)));
    for (const zone of ZONES) {
      expect(inZone(zone, () => SAMPLE.map((a) => assessEligibility(a, CATALOGUE)))).toEqual(inUtc);
    }
  });
});
