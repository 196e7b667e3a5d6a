import type { SourceId } from './sources';
import { fees as immdFees } from './support';

/**
 * Money and dates for the costs page and the questions about them (issue 12): every figure with its
 * source and the year it is for, as ../shared/facts/vpas.md records it, and the two-year sum built
 * only from them. Pure and unit-tested; the words are in the dictionaries under `costs.*`.
 *
 * Nothing here is a promise: the VTC reviews its fees every year and the figure for a student's own
 * year comes from the VTC; these are the latest figures the sources give.
 */

/** When a figure applies: an academic year, or a schedule in force from a day. */
export type FigurePeriod = { academicYear: string } | { from: string };

export interface Figure {
  /** Whole Hong Kong dollars. */
  amount: number;
  source: SourceId;
  period: FigurePeriod;
}

const vtc2024 = { source: 'miaoFees', period: { academicYear: '2024/25' } } as const;
const thei2024 = { source: 'theiCosts', period: { academicYear: '2024/25' } } as const;
const immd2025 = { source: 'immdFees', period: { from: '2025-02-26' } } as const;

/**
 * Every figure the page states. MIAO-fees, 2024/25 ("the latest year found"): tuition a year, paid in
 * two instalments (August and early January); the admission fees of the 2024/25 cycle. THEi, 2024/25:
 * a VTC hall place for 10 months, and about HK$4,000 a month for transport, food and the rest.
 * ImmD-fees, from 26 Feb 2025: per applicant and per dependant.
 */
export const figures = {
  tuitionBusiness: { amount: 59_600, ...vtc2024 },
  tuitionOther: { amount: 61_200, ...vtc2024 },
  applicationFee: { amount: 500, ...vtc2024 },
  applicationFeeEarly: { amount: 200, ...vtc2024 },
  /** 留位费: deducted from the first tuition instalment, so never added to the tuition. */
  registrationFee: { amount: 5_000, ...vtc2024 },
  /** 学生服务费: covers the student visa application fee and insurance. */
  studentServiceFee: { amount: 2_000, ...vtc2024 },
  hallTenMonths: { amount: 22_000, ...thei2024 },
  livingPerMonth: { amount: 4_000, ...thei2024 },
  vpasApplication: { amount: immdFees.application, ...immd2025 },
  vpasVisaOver180Days: { amount: immdFees.visaOver180Days, ...immd2025 },
  vpasVisaOtherwise: { amount: immdFees.visaOtherwise, ...immd2025 },
} as const satisfies Record<string, Figure>;
export type FigureId = keyof typeof figures;

/** Which tuition the sum uses: the VTC states one figure for Business programmes and one for the others. */
export type TuitionKind = 'business' | 'other';

/** The site's reading, stated on the page: the hall and living figures cover 10 months a year. */
export const studyYears = 2;
export const monthsPerStudyYear = 10;

export interface SumLine {
  /** The line's words: `costs.line.{id}` in the dictionaries. */
  id: 'applicationFee' | 'studentServiceFee' | 'tuition' | 'hall' | 'living' | 'vpasApplication' | 'vpasVisa';
  figure: FigureId;
  /** How many times the figure counts (years, months, once). */
  times: number;
  amount: number;
  /** figure × times */
  total: number;
}

export interface WorkedSum {
  lines: SumLine[];
  /** The sum of the lines' totals. */
  total: number;
}

function line(id: SumLine['id'], figure: FigureId, times: number): SumLine {
  const { amount } = figures[figure];
  return { id, figure, times, amount, total: amount * times };
}

/**
 * Two years of study and one VPAS application, for one person, from the cited figures only: the
 * application fee (not the early one) and the student service fee once; tuition for two years at the
 * 2024/25 rate; a hall place and the monthly living figure for 10 months of each year (summer months
 * are not counted); ImmD's application fee and the visa fee for a stay over 180 days. The registration
 * fee is not a line: the VTC deducts it from the first tuition instalment.
 */
export function twoYearSum(tuition: TuitionKind = 'other'): WorkedSum {
  const lines = [
    line('applicationFee', 'applicationFee', 1),
    line('studentServiceFee', 'studentServiceFee', 1),
    line('tuition', tuition === 'business' ? 'tuitionBusiness' : 'tuitionOther', studyYears),
    line('hall', 'hallTenMonths', studyYears),
    line('living', 'livingPerMonth', studyYears * monthsPerStudyYear),
    line('vpasApplication', 'vpasApplication', 1),
    line('vpasVisa', 'vpasVisaOver180Days', 1),
  ];
  return { lines, total: lines.reduce((sum, l) => sum + l.total, 0) };
}

/** An amount as the site writes money in every locale: HK$61,200. */
export const hkd = (amount: number) => `HK$${amount.toLocaleString('en-HK')}`;

/**
 * The key dates, each with the last month it can mean ('YYYY-MM'): the sources give periods such as
 * "early July 2026" or "mid-2026", so a date counts as past only once that whole month is over.
 * MIAO-dates, for Macao, Taiwan and international applicants to the September 2026 intake, and the
 * year before; ImmD, via the facts file's history: VPAS applications open when the first cohort
 * graduates, mid-2026 (read as ending with August).
 */
export const keyDates = [
  { id: 'applications', until: '2026-07', source: 'miaoDates' },
  { id: 'offers', until: '2026-07', source: 'miaoDates' },
  { id: 'visaAndHall', until: '2026-07', source: 'miaoDates' },
  { id: 'firstInstalment', until: '2026-08', source: 'miaoDates' },
  { id: 'classes', until: '2026-09', source: 'miaoDates' },
  { id: 'previousYear', until: '2025-07', source: 'miaoDates' },
  { id: 'vpasOpens', until: '2026-08', source: 'immd' },
] as const satisfies readonly { id: string; until: string; source: SourceId }[];
export type KeyDateId = (typeof keyDates)[number]['id'];

/** Whether a period ending with the month `until` is over on `day` ('YYYY-MM-DD', Hong Kong). */
export function isPast(until: string, day: string): boolean {
  return day.slice(0, 7) > until;
}

/** The key dates as the page shows them on the build day: each marked past or not. */
export function keyDatesOn(day: string) {
  return keyDates.map((date) => ({ ...date, past: isPast(date.until, day) }));
}
