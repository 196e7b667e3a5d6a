import type { Page } from 'playwright-core';
import { dictionaries, format, formatDate, type Locale, type MessageKey } from '../../src/i18n';
import { readProgrammes } from '../support/content';

/**
 * A student's answers as the form asks them, and helpers that give them through the labelled
 * controls (role and label locators, in the page's own language, from its dictionary).
 */
export const locales: Locale[] = ['zh-hans', 'zh-hant', 'en'];

export const words = (locale: Locale) => (key: MessageKey, values?: Record<string, string>) =>
  values ? format(dictionaries[locale][key], values) : dictionaries[locale][key];

export const programmeName = (id: string, locale: Locale) => {
  const programme = readProgrammes().find((p) => p.id === id);
  if (!programme) throw new Error(`no programme ${id}`);
  return programme.name[locale];
};

export interface Student {
  programme: string;
  intake: string;
  nationality: string;
  born: string;
  iang: 'yes' | 'no';
  graduated: string;
  when: 'a' | 'b' | 'date';
  apply?: string;
  offer?: { terms: ('full-time' | 'relevant' | 'level' | 'pay')[]; months: string; ownBusiness: 'yes' | 'no' } | 'none';
}

// Graduated 31 August 2027: Category A until 29 February 2028, Category B 1 March to 31 August 2028.
export const categoryA: Student = {
  programme: 'cybersecurity',
  intake: '2025/26',
  nationality: 'CN',
  born: '2005-05-20',
  iang: 'no',
  graduated: '2027-08-31',
  when: 'a',
};

export const categoryB: Student = {
  ...categoryA,
  when: 'date',
  apply: '2028-04-15',
  offer: { terms: ['full-time', 'relevant', 'level', 'pay'], months: '24', ownBusiness: 'no' },
};

/** The query string of a student without a job offer, as the form would write it. */
export function queryOf({ offer, ...answers }: Student): string {
  if (offer) throw new Error('queryOf: students without an offer only');
  return `?${new URLSearchParams(answers).toString()}`;
}

export const checkerUrl = (origin: string, locale: Locale, query = '') => `${origin}/${locale}/eligibility/${query}`;

export async function fillIn(page: Page, locale: Locale, student: Student) {
  const t = words(locale);
  const yesNo = (value: 'yes' | 'no') => t(value === 'yes' ? 'checker.yes' : 'checker.no');
  await page.getByLabel(t('checker.q.programme')).selectOption({ label: programmeName(student.programme, locale) });
  await page.getByLabel(t('checker.q.intake')).selectOption(student.intake);
  await page.getByLabel(t('checker.q.nationality')).selectOption(student.nationality);
  await fillBorn(page, locale, student.born);
  await page.getByRole('group', { name: t('checker.q.iang') }).getByRole('radio', { name: yesNo(student.iang) }).check();
  await page.getByLabel(t('checker.q.graduated')).fill(student.graduated);
  await page.getByRole('radio', { name: t(`checker.when.${student.when}`) }).check();
  if (student.apply) await page.getByLabel(t('checker.q.apply')).fill(student.apply);
  if (student.offer) {
    const offers = page.getByRole('group', { name: t('checker.q.offer') });
    await offers.getByRole('radio', { name: yesNo(student.offer === 'none' ? 'no' : 'yes') }).check();
    if (student.offer !== 'none') {
      for (const term of student.offer.terms) await page.getByRole('checkbox', { name: t(`checker.term.${term}`) }).check();
      await page.getByLabel(t('checker.q.months')).fill(student.offer.months);
      const own = page.getByRole('group', { name: t('checker.q.own-business') });
      await own.getByRole('radio', { name: yesNo(student.offer.ownBusiness) }).check();
    }
  }
}

/** The three boxes of the date of birth (GOV.UK's date input), each by its own label inside the question. */
export const bornBoxes = (page: Page, locale: Locale) => {
  const t = words(locale);
  const group = page.getByRole('group', { name: t('checker.q.born') });
  const box = (part: 'year' | 'month' | 'day') => group.getByLabel(t(`checker.born.${part}`), { exact: true });
  return { year: box('year'), month: box('month'), day: box('day') };
};

/** Types a 'YYYY-MM-DD' date of birth into its three boxes, as a person writes it ('5', not '05'). */
export async function fillBorn(page: Page, locale: Locale, born: string) {
  const [year = '', month = '', day = ''] = born.split('-');
  const boxes = bornBoxes(page, locale);
  await boxes.year.fill(year);
  await boxes.month.fill(String(Number(month)));
  await boxes.day.fill(String(Number(day)));
}

/** What the three boxes show, as 'YYYY-MM-DD' (empty boxes: ''). */
export async function bornShown(page: Page, locale: Locale): Promise<string> {
  const boxes = bornBoxes(page, locale);
  const [year, month, day] = await Promise.all([boxes.year.inputValue(), boxes.month.inputValue(), boxes.day.inputValue()]);
  if (!year && !month && !day) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export async function submit(page: Page, locale: Locale) {
  await page.getByRole('button', { name: words(locale)('checker.submit') }).click();
}

/** A window as the result writes it: '31 August 2027 to 29 February 2028'. */
export const range = (locale: Locale, from: string, to: string) =>
  words(locale)('checker.windows.range', { from: formatDate(from, locale), to: formatDate(to, locale) });

export const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
