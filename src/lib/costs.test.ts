import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import { figures, hkd, isPast, keyDates, keyDatesOn, twoYearSum, type FigureId } from './costs';
import { sources } from './sources';

describe('figures', () => {
  // ../shared/facts/vpas.md, "Studying at the VTC as a non-local student" and "Fees and process".
  it.each([
    ['tuitionBusiness', 59_600, 'miaoFees', '2024/25'],
    ['tuitionOther', 61_200, 'miaoFees', '2024/25'],
    ['applicationFee', 500, 'miaoFees', '2024/25'],
    ['applicationFeeEarly', 200, 'miaoFees', '2024/25'],
    ['registrationFee', 5_000, 'miaoFees', '2024/25'],
    ['studentServiceFee', 2_000, 'miaoFees', '2024/25'],
    ['hallTenMonths', 22_000, 'theiCosts', '2024/25'],
    ['livingPerMonth', 4_000, 'theiCosts', '2024/25'],
  ] as const)('%s is HK$%i from %s for %s', (id, amount, source, year) => {
    expect(figures[id]).toEqual({ amount, source, period: { academicYear: year } });
  });

  it.each([
    ['vpasApplication', 600],
    ['vpasVisaOver180Days', 1_300],
    ['vpasVisaOtherwise', 600],
  ] as const)('%s is ImmD’s HK$%i, in force from 26 Feb 2025', (id, amount) => {
    expect(figures[id]).toEqual({ amount, source: 'immdFees', period: { from: '2025-02-26' } });
  });

  it('cites a source with an address for every figure', () => {
    for (const figure of Object.values(figures)) expect(sources[figure.source].url).not.toBeNull();
  });
});

describe('twoYearSum', () => {
  it.each(['other', 'business'] as const)('(%s) totals exactly its lines, each line its figure times its count', (kind) => {
    const sum = twoYearSum(kind);
    for (const line of sum.lines) {
      expect(line.amount).toBe(figures[line.figure].amount);
      expect(line.total).toBe(line.amount * line.times);
    }
    expect(sum.total).toBe(sum.lines.reduce((total, line) => total + line.total, 0));
  });

  it('counts what the page says it counts: fees once, two years of tuition and hall, 20 months of living, one VPAS application', () => {
    const lines = Object.fromEntries(twoYearSum().lines.map((l) => [l.id, [l.figure, l.times]]));
    expect(lines).toEqual({
      applicationFee: ['applicationFee', 1],
      studentServiceFee: ['studentServiceFee', 1],
      tuition: ['tuitionOther', 2],
      hall: ['hallTenMonths', 2],
      living: ['livingPerMonth', 20],
      vpasApplication: ['vpasApplication', 1],
      vpasVisa: ['vpasVisaOver180Days', 1],
    });
  });

  it('never adds the registration fee, which the VTC deducts from the first instalment', () => {
    const used: FigureId[] = twoYearSum().lines.map((l) => l.figure);
    expect(used).not.toContain('registrationFee');
  });

  it('comes to HK$250,800, or HK$247,600 for a Business programme (worked by hand from the facts file)', () => {
    // 500 + 2,000 + 2 × 61,200 + 2 × 22,000 + 20 × 4,000 + 600 + 1,300
    expect(twoYearSum('other').total).toBe(250_800);
    expect(twoYearSum('business').total).toBe(250_800 - 2 * (61_200 - 59_600));
  });
});

describe('hkd', () => {
  examples('writes %i as %s', hkd, [
    [500, 'HK$500'],
    [61_200, 'HK$61,200'],
    [250_800, 'HK$250,800'],
  ]);
});

describe('key dates', () => {
  examples('a period ending %s is past on %s: %s', isPast, [
    ['2026-07', '2026-07-31', false],
    ['2026-07', '2026-08-01', true],
    ['2026-08', '2026-12-01', true],
    ['2026-09', '2026-01-15', false],
  ]);

  it('marks each date on the build day, keeping its order and source', () => {
    const marked = keyDatesOn('2026-08-15');
    expect(marked.map((d) => d.id)).toEqual(keyDates.map((d) => d.id));
    expect(Object.fromEntries(marked.map((d) => [d.id, d.past]))).toEqual({
      applications: true,
      offers: true,
      visaAndHall: true,
      firstInstalment: false,
      classes: false,
      previousYear: true,
      vpasOpens: false,
    });
  });

  it('takes the VTC’s timetable from MIAO and the opening of VPAS applications from ImmD', () => {
    for (const date of keyDates) expect(date.source).toBe(date.id === 'vpasOpens' ? 'immd' : 'miaoDates');
  });
});
