import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support';
import { readQuestions } from '../support/content';
import { formatDate, type Locale } from '../../src/i18n';
import { CHECKER_SOURCES } from '../../src/lib/checker/words';
import { informationAsOf, sourceUrl } from '../../src/lib/sources';
import { intakeValues } from '../../src/lib/intake-sources';
import type { ResultOutcome } from '../../src/lib/checker/result';
import { RESULT_TITLE_KEYS } from '../../src/lib/checker/words';
import { activeId, bornShown, categoryA, categoryB, checkerUrl, fillBorn, fillIn, locales, queryOf, range, submit, words } from './helpers';

/** A question's text on the questions page (issue 12), from its content file. */
const question = (locale: Locale, id: string) => readQuestions(locale).find((q) => q.id === id)!.data.question;

/**
 * The checker in each locale, driven like a student would: through the labelled controls, against
 * the built site. The wording comes from the page's own dictionary, so the same scenario runs in
 * every language.
 */
const { site, newPage } = useBrowser();
let page: Page;
beforeEach(async () => {
  await page?.context().close();
  page = await newPage({ locale: 'en-US' });
  page.on('pageerror', (error) => {
    throw error;
  });
});

/** axe's default rules (WCAG and best practice) on the checker in the state the test left it. */
const axe = () => axeViolations(page);

describe.each(locales)('the checker in %s', (locale) => {
  const t = words(locale);
  const heading = (outcome: ResultOutcome) => page.getByRole('heading', { level: 2, name: t(RESULT_TITLE_KEYS[outcome], { intake: '' }) });

  it('finds a student eligible under Category A, with both windows as dates', async () => {
    await page.goto(checkerUrl(site.origin, locale));
    await fillIn(page, locale, categoryA);
    await submit(page, locale);
    await heading('category-a').waitFor();
    expect(await activeId(page)).toBe('checker-result-title');
    const result = page.locator('#checker-result');
    const text = await result.innerText();
    expect(text).toContain(range(locale, '2027-08-31', '2028-02-29'));
    expect(text).toContain(range(locale, '2028-03-01', '2028-08-31'));
    expect(text).toContain(t('checker.next.proof-a'));
    expect(text).toContain(t('checker.next.fees'));
    expect(text).toContain(t('sources.asOf', { date: formatDate(informationAsOf(CHECKER_SOURCES) ?? '', locale) }));
    await expect(page.getByRole('link', { name: t('checker.next.applyLink'), exact: true }).getAttribute('href')).resolves.toBe(sourceUrl('immd', locale));
    expect(new URL(page.url()).searchParams.get('graduated')).toBe('2027-08-31');
    expect(await page.getByRole('form').isVisible()).toBe(false);
    // What comes after the first stay: "what if my job ends" and the rest, on the questions page.
    await expect(result.getByRole('link', { name: question(locale, 'job-ends'), exact: true }).getAttribute('href')).resolves.toBe(`/${locale}/faq/#job-ends`);
    expect(await axe()).toEqual([]);
  });

  it('cites ImmD for the earlier intakes and the brochure for 2026/27, and only for a 2026/27 student', async () => {
    const intakeNote = page.locator('#checker-result [data-intake-source="brochure"]');
    await page.goto(checkerUrl(site.origin, locale, queryOf({ ...categoryA, programme: 'culinary-arts', intake: '2026/27', graduated: '2028-07-15' })));
    await heading('category-a').waitFor();
    const values = { ...intakeValues(t('list.separator')), intake: '2026/27', immdDate: formatDate('2025-09-30', locale) };
    await expect(intakeNote.innerText()).resolves.toContain(t('checker.result.intakeFromBrochure', values));
    expect(values.immdIntakes).toMatch(locale === 'en' ? /^2024\/25, 2025\/26$/ : /^2024\/25、2025\/26$/);
    await expect(intakeNote.getByRole('link', { name: t('checker.sourceLink') }).getAttribute('href')).resolves.toBe(sourceUrl('immd', locale));
    await page.goto(checkerUrl(site.origin, locale, queryOf(categoryA)));
    await heading('category-a').waitFor();
    await expect(intakeNote.count()).resolves.toBe(0);
  });

  it('finds a student with a job offer in the 7th to 12th month eligible under Category B', async () => {
    await page.goto(checkerUrl(site.origin, locale));
    const offerQuestion = page.getByRole('group', { name: t('checker.q.offer') });
    const { offer: _offer, ...withoutOffer } = categoryB;
    await fillIn(page, locale, { ...withoutOffer, apply: '2028-02-29' });
    expect(await offerQuestion.isVisible()).toBe(false); // still Category A's window: no offer asked
    await fillIn(page, locale, categoryB);
    expect(await offerQuestion.isVisible()).toBe(true);
    await submit(page, locale);
    await heading('category-b').waitFor();
    const text = await page.locator('#checker-result').innerText();
    expect(text).toContain(t('checker.next.proof-b'));
    expect(text).toContain(t('checker.monthsValue', { months: '24' }));
    expect(await axe()).toEqual([]);
  });

  it('gives the first answer that rules the student out as the reason, with its official source', async () => {
    // The answers from a link: the nationality settles it, so IANG and the age are never reached.
    await page.goto(checkerUrl(site.origin, locale, queryOf({ ...categoryA, nationality: 'VN', iang: 'yes', born: '2012-01-01' })));
    await heading('ruled-out').waitFor();
    const reasons = page.locator('#checker-result [data-result-lead] li');
    await expect(reasons.count()).resolves.toBe(1);
    await expect(reasons.innerText()).resolves.toContain(t('checker.failed.nationality'));
    await expect(reasons.getByRole('link', { name: t('checker.sourceLink') }).getAttribute('href')).resolves.toBe(sourceUrl('immd', locale));
    // The rules people misread, on the questions page: here who cannot apply and IANG.
    const result = page.locator('#checker-result');
    for (const id of ['who-cannot-apply', 'vpas-vs-iang']) {
      await expect(result.getByRole('link', { name: question(locale, id), exact: true }).getAttribute('href')).resolves.toBe(`/${locale}/faq/#${id}`);
    }
    expect(await axe()).toEqual([]);
  });

  it('explains a graduation before birth next to the field and in the summary', async () => {
    await page.goto(checkerUrl(site.origin, locale));
    await fillIn(page, locale, { ...categoryA, born: '2028-01-01' });
    await submit(page, locale);
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await activeId(page)).toBe('checker-errors');
    const message = t('checker.error.before-birth', { field: t('checker.field.graduated') });
    const link = summary.getByRole('link', { name: message });
    await expect(link.getAttribute('href')).resolves.toBe('#checker-graduated');
    const field = page.getByLabel(t('checker.q.graduated'));
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field.getAttribute('aria-describedby')).resolves.toContain('checker-graduated-error');
    await expect(page.locator('#checker-graduated-error').innerText()).resolves.toBe(message);
    expect(await page.title()).toMatch(new RegExp(`^${t('checker.error.title', { title: '' }).trim()}`));
    expect(await axe()).toEqual([]);
    await link.click();
    expect(await activeId(page)).toBe('checker-graduated');
  });

  it('explains an impossible date in the URL next to its field', async () => {
    await page.goto(checkerUrl(site.origin, locale, '?programme=cybersecurity&intake=2025%2F26&nationality=CN&born=2005-05-20&iang=no&graduated=2027-02-30&when=a'));
    const message = t('checker.error.impossible-date', { field: t('checker.field.graduated') });
    await page.locator('#checker-graduated-error').waitFor();
    await expect(page.locator('#checker-graduated-error').innerText()).resolves.toBe(message);
    await expect(page.getByRole('alert').getByRole('link').allInnerTexts()).resolves.toEqual([message]);
    // The other answers are kept in the form, ready to correct the one that is wrong.
    await expect(bornShown(page, locale)).resolves.toBe('2005-05-20');
  });

  it('reloads a shared URL to the same result', async () => {
    await page.goto(checkerUrl(site.origin, locale));
    await fillIn(page, locale, categoryB);
    await submit(page, locale);
    await heading('category-b').waitFor();
    const shared = page.url();
    const before = await page.locator('#checker-result').innerText();

    const other = await newPage();
    await other.goto(shared);
    await other.getByRole('heading', { level: 2, name: t('checker.result.category-b.title') }).waitFor();
    expect(await other.locator('#checker-result').innerText()).toBe(before);
    expect(await other.evaluate(() => document.activeElement?.id)).toBe('checker-result-title');
    await other.context().close();

    await page.reload();
    await heading('category-b').waitFor();
    expect(await page.locator('#checker-result').innerText()).toBe(before);
  });

  it('"change" goes back to the question keeping every other answer', async () => {
    await page.goto(checkerUrl(site.origin, locale));
    await fillIn(page, locale, categoryA);
    await submit(page, locale);
    await heading('category-a').waitFor();
    await page.getByRole('link', { name: `${t('checker.change')} ${t('checker.field.born')}` }).click();
    await page.getByRole('form').waitFor();
    expect(await activeId(page)).toBe('checker-born');
    await expect(page.getByLabel(t('checker.q.programme')).inputValue()).resolves.toBe('cybersecurity');
    await expect(page.getByLabel(t('checker.q.graduated')).inputValue()).resolves.toBe('2027-08-31');
    await expect(page.getByRole('radio', { name: t('checker.when.a') }).isChecked()).resolves.toBe(true);

    await fillBorn(page, locale, '2012-01-01');
    await submit(page, locale);
    await heading('ruled-out').waitFor(); // 18 only after both windows close
    const query = new URL(page.url()).searchParams;
    expect(query.get('born')).toBe('2012-01-01');
    expect(query.get('programme')).toBe('cybersecurity');
    expect(query.get('graduated')).toBe('2027-08-31');

    // Back replays the way here: the question with the old answer, then the first result.
    await page.goBack();
    await page.getByRole('form').waitFor();
    await expect(bornShown(page, locale)).resolves.toBe('2005-05-20');
    await page.goBack();
    await heading('category-a').waitFor();
  });

  it('"start again" clears every answer', async () => {
    await page.goto(checkerUrl(site.origin, locale, queryOf(categoryA)));
    await heading('category-a').waitFor();
    await page.getByRole('link', { name: t('checker.startAgain') }).click();
    await page.waitForURL(checkerUrl(site.origin, locale));
    await page.getByRole('form').waitFor();
    expect(await page.locator('#checker-result').isVisible()).toBe(false);
    await expect(page.getByLabel(t('checker.q.programme')).inputValue()).resolves.toBe('');
    await expect(bornShown(page, locale)).resolves.toBe('');
    await expect(page.getByRole('radio', { name: t('checker.when.a') }).isChecked()).resolves.toBe(false);
    expect(await axe()).toEqual([]);
  });
});
