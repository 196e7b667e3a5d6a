import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support';
import { formatDate, type Locale } from '../../src/i18n';
import type { ResultOutcome } from '../../src/lib/checker/result';
import { RESULT_TITLE_KEYS } from '../../src/lib/checker/words';
import { bornShown, categoryA, checkerUrl, locales, queryOf, range, submit, words, type Student } from './helpers';

/**
 * The checker's cases from issue 17 on a 390 px phone, in each locale: one page per locale for the
 * whole table, as a student on a phone meets them. The words come from the page's dictionary.
 */
const { site, newPage } = useBrowser();
const OTHER: Record<Locale, Locale> = { 'zh-hans': 'zh-hant', 'zh-hant': 'en', en: 'zh-hans' };
const HREFLANG: Record<Locale, string> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' };

// Graduated 31 August 2027: Category A 31 Aug 2027 to 29 Feb 2028, B 1 Mar to 31 Aug 2028.
const WINDOW_A = ['2027-08-31', '2028-02-29'] as const;
const WINDOW_B = ['2028-03-01', '2028-08-31'] as const;

describe.each(locales)('on a phone, in %s', (locale) => {
  const t = words(locale);
  let page: Page;
  const errors: Error[] = [];
  beforeAll(async () => {
    page = await newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    page.on('pageerror', (error) => errors.push(error));
  });
  afterAll(async () => {
    await page.context().close();
    expect(errors).toEqual([]);
  });

  const title = (outcome: ResultOutcome, intake = '') => t(RESULT_TITLE_KEYS[outcome], { intake });
  const panel = () => page.locator('#checker-result [data-result-panel]');
  const resultText = () => page.locator('#checker-result').innerText();
  const open = async (query = '') => {
    await page.goto(checkerUrl(site.origin, locale, query));
    await page.locator('[data-checker][data-view]').waitFor({ state: 'attached' }); // the island has run
  };
  const showResult = async (student: Student, outcome: ResultOutcome, intake = '') => {
    await open(queryOf(student));
    await page.getByRole('heading', { level: 2, name: title(outcome, intake) }).waitFor();
    await expect(panel().getAttribute('data-outcome')).resolves.toBe(outcome);
  };
  /** A negative result shows no window: no list of them, and neither window's dates. */
  const expectNoWindows = async () => {
    await expect(page.locator('#checker-result [data-windows]').count()).resolves.toBe(0);
    const text = await resultText();
    expect(text).not.toContain(range(locale, ...WINDOW_A));
    expect(text).not.toContain(range(locale, ...WINDOW_B));
    expect(text).not.toContain(t('checker.windows.title'));
  };

  it('a later intake: amber "not yet known" with what to watch, never a refusal', async () => {
    const later = { ...categoryA, intake: '2027/28', graduated: '2029-07-15' };
    await showResult(later, 'not-yet-known', '2027/28');
    const text = await resultText();
    expect(text).toContain(t('checker.result.not-yet-known.watch', { intake: '2027/28' }));
    await expect(page.getByRole('link', { name: t('checker.next.vtcLink') }).count()).resolves.toBe(1);
    expect(text).toContain(t('checker.windows.ifListed'));
    expect(text).not.toContain(t('checker.result.ruled-out.title'));
    // The title says which result it is, so a shared or bookmarked result does too.
    expect(await page.title()).toMatch(new RegExp(`^${escape(title('not-yet-known', '2027/28'))}`));
    // The form offers the later years, and says their list is not out yet.
    await expect(page.locator('#checker-intake option[value="2027/28"]').innerText()).resolves.toBe(t('checker.intake.unlisted', { intake: '2027/28' }));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('an 18th birthday inside Category A’s window: that day is the first, the window runs from it', async () => {
    await showResult({ ...categoryA, born: '2009-12-01' }, 'category-a');
    const turns18 = page.locator('#checker-result [data-turns-18]');
    await expect(turns18.innerText()).resolves.toBe(
      t('checker.result.turns18', { birthday: formatDate('2027-12-01', locale), category: t('checker.windows.a') }),
    );
    const windows = await page.locator('#checker-result [data-windows]').innerText();
    expect(windows).toContain(range(locale, '2027-12-01', WINDOW_A[1]));
    expect(windows).toContain(range(locale, ...WINDOW_B));
    expect(await page.title()).toMatch(new RegExp(`^${escape(title('category-a'))}`));
  });

  it('an 18th birthday after every window: ruled out, with no window', async () => {
    await showResult({ ...categoryA, born: '2011-01-01' }, 'ruled-out');
    await expect(page.locator('#checker-result [data-result-lead] li').count()).resolves.toBe(1);
    await expectNoWindows();
    expect(await page.title()).toMatch(new RegExp(`^${escape(title('ruled-out'))}`));
  });

  it('a day outside the windows: not on that day, with no window', async () => {
    await showResult({ ...categoryA, when: 'date', apply: '2028-09-01' }, 'not-on-that-day');
    await expectNoWindows();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['an excluded nationality', 'nationality', async () => page.getByLabel(t('checker.q.nationality')).selectOption('VN')],
    ['an intake before the scheme', 'intake', async () => page.getByLabel(t('checker.q.intake')).selectOption('2023/24')],
    ['IANG', 'iang', async () => page.getByRole('group', { name: t('checker.q.iang') }).getByRole('radio', { name: t('checker.yes') }).check()],
  ] as const)('%s ends the questions as soon as it is given, and the result follows on submit', async (_, field, answer) => {
    await open();
    await answer();
    const notice = page.locator(`[data-ruled-out-for="${field}"] [data-ruled-out-live]`);
    await expect(notice.innerText()).resolves.toContain(t('checker.ruledOut.lead'));
    // The questions after it are gone; with the earlier ones unanswered, the submit still ends it.
    await expect(page.getByRole('group', { name: t('checker.q.when') }).isVisible()).resolves.toBe(false);
    if (field === 'iang') expect(await axeViolations(page)).toEqual([]);
    await submit(page, locale);
    await page.getByRole('heading', { level: 2, name: title('ruled-out') }).waitFor();
    await expectNoWindows();
    await expect(page.getByRole('alert').isVisible()).resolves.toBe(false);
    if (field === 'nationality') expect(await axeViolations(page)).toEqual([]);
  });

  it('an empty submit shows the error summary; answering a question takes its error away', async () => {
    await open();
    await submit(page, locale);
    const summary = page.getByRole('alert');
    await summary.waitFor();
    await expect(summary.getByRole('link').count()).resolves.toBe(7);
    expect(await page.title()).toMatch(new RegExp(`^${escape(t('checker.error.title', { title: '' }).trim())}`));
    expect(await axeViolations(page)).toEqual([]);
    const when = page.getByRole('group', { name: t('checker.q.when') });
    await when.getByRole('radio', { name: t('checker.when.a') }).check();
    await expect(page.locator('#checker-when-error').isVisible()).resolves.toBe(false);
    await expect(summary.getByRole('link').count()).resolves.toBe(6);
  });

  it('the language links keep the answers, on the result and on the questions', async () => {
    const other = OTHER[locale];
    const u = words(other);
    await showResult(categoryA, 'category-a');
    const query = new URL(page.url()).search;
    await switchLanguage(page, HREFLANG[other]);
    await page.getByRole('heading', { level: 2, name: u(RESULT_TITLE_KEYS['category-a']) }).waitFor();
    expect(new URL(page.url()).search).toBe(query);

    // Part-way through the questions: the same answers, at the next question, without errors.
    await open();
    await page.getByLabel(t('checker.q.intake')).selectOption('2025/26');
    await page.getByLabel(t('checker.q.nationality')).selectOption('CN');
    await switchLanguage(page, HREFLANG[other]);
    await page.waitForURL((url) => url.pathname.startsWith(`/${other}/`));
    await page.locator('[data-checker][data-view="form"]').waitFor({ state: 'attached' });
    await expect(page.getByLabel(u('checker.q.intake')).inputValue()).resolves.toBe('2025/26');
    await expect(page.getByLabel(u('checker.q.nationality')).inputValue()).resolves.toBe('CN');
    await expect(bornShown(page, other)).resolves.toBe('');
    await expect(page.getByRole('alert').isVisible()).resolves.toBe(false);
  });

  it('a programme page’s link pre-selects the programme, with no errors for the other questions', async () => {
    await page.goto(`${site.origin}/${locale}/programmes/cybersecurity/`);
    await page.getByRole('link', { name: t('programme.checkerLink') }).click();
    await page.locator('[data-checker][data-view="form"]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('programme')).toBe('cybersecurity');
    await expect(page.getByLabel(t('checker.q.programme')).inputValue()).resolves.toBe('cybersecurity');
    await expect(page.getByRole('alert').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-question][data-invalid]').count()).resolves.toBe(0);
    expect(await page.title()).not.toMatch(new RegExp(`^${escape(t('checker.error.title', { title: '' }).trim())}`));
  });
});

/**
 * Follows the header's link to another language. On a phone the language links sit in the header's
 * "Menu" disclosure (issue 17), so the menu is opened first; the wide header's copy stays hidden.
 */
async function switchLanguage(page: Page, hreflang: string) {
  const menu = page.locator('body > header details > summary');
  if (await menu.isVisible()) await menu.click();
  await page.locator(`a[data-locale-link][hreflang="${hreflang}"]:visible`).click();
}

/** A string as a regular expression that matches it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
