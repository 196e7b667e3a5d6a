import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support';
import { formatDate } from '../../src/i18n';
import { activeId, bornShown, categoryA, checkerUrl, fillIn, locales, queryOf, submit, words } from './helpers';
import { intakeValues } from '../../src/lib/intake-sources';

/**
 * The checker without a mouse, without script, on paper and in another time zone.
 */
const shared = useBrowser();
const site = shared.site;

async function newPage(options: BrowserContextOptions = {}) {
  const page = await shared.newPage({ locale: 'en-US', ...options });
  return { page, close: () => page.context().close() };
}

/** Presses Tab until the element with this id has focus; fails after `limit` presses. */
async function tabTo(page: Page, id: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Moves a focused <select> with the arrow keys until it shows `value`. */
async function arrowTo(page: Page, value: string, limit = 260) {
  for (let i = 0; i < limit; i++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the select never showed ${value}`);
}

describe.each(locales)('in %s, by keyboard alone', (locale) => {
  const t = words(locale);

  it('answers every question, reads the result and changes an answer, with no click', async () => {
    const { page, close } = await newPage();
    await page.goto(checkerUrl(site.origin, locale));
    await page.keyboard.press('Tab'); // the skip link comes first
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(t('site.skip'));
    await page.keyboard.press('Enter');

    await tabTo(page, 'checker-programme');
    await arrowTo(page, 'cybersecurity');
    await page.keyboard.press('Tab'); // "which language is it taught in?", a disclosure under the list (issue 12)
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(t('medium.checkerSummary'));
    await page.keyboard.press('Tab');
    await arrowTo(page, '2025/26');
    await page.keyboard.press('Tab');
    await arrowTo(page, 'CN');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('checker-born');
    // Three boxes, in the order the language writes a date: each takes its part, then Tab.
    const parts: Record<string, string> = { 'born-year': '2005', 'born-month': '5', 'born-day': '20' };
    for (let box = 0; box < 3; box++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
      await page.keyboard.type(parts[name] ?? '');
      await page.keyboard.press('Tab');
    }
    await expect(bornShown(page, locale)).resolves.toBe('2005-05-20');

    await tabTo(page, 'checker-iang-yes', 3);

    await page.keyboard.press('ArrowRight'); // arrow keys move along a radio group and check
    expect(await activeId(page)).toBe('checker-iang-no');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens "I'm not sure: what is IANG?"
    await expect(page.getByText(t('checker.help.iang.text')).isVisible()).resolves.toBe(true);

    await tabTo(page, 'checker-graduated');
    await page.keyboard.type('08312027');
    await tabTo(page, 'checker-when-a', 3);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('submit');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: t('checker.result.category-a.title') }).waitFor();
    expect(await activeId(page)).toBe('checker-result-title');
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({ ...categoryA });

    // Change the date of birth: Tab to its link, Enter, and the field has focus with its answer.
    const change = `${t('checker.change')} ${t('checker.field.born')}`;
    for (let i = 0; i < 40; i++) {
      const name = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim());
      if (name === change) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('form').waitFor();
    expect(await activeId(page)).toBe('checker-born');
    await expect(bornShown(page, locale)).resolves.toBe('2005-05-20');

    // Back to the result, then the skip link: it goes to the main content, the result stays.
    await page.goBack();
    await page.getByRole('heading', { name: t('checker.result.category-a.title') }).waitFor();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.textContent)) !== t('site.skip'); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('main');
    await expect(page.locator('#checker-result').isVisible()).resolves.toBe(true);
    await close();
  });
});

describe.each(locales)('in %s, without JavaScript', (locale) => {
  const t = words(locale);

  it('explains every rule and the date windows as a checklist, and the form is a GET form', async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false });
    await page.goto(checkerUrl(site.origin, locale));
    const checklist = page.getByRole('region', { name: t('checker.checklist.title') });
    await expect(checklist.getByRole('listitem').count()).resolves.toBe(9);
    // A plain list: boxes the page cannot tick would read as rules not met.
    await expect(checklist.getByRole('checkbox').count()).resolves.toBe(0);
    const text = await checklist.innerText();
    expect(text).toContain(t('checker.rule.age'));
    expect(text).toContain(t('checker.rule.intake', intakeValues(t('list.separator'))));
    expect(text).toContain(
      t('checker.checklist.example', {
        graduated: formatDate('2027-08-31', locale),
        aTo: formatDate('2028-02-29', locale),
        bFrom: formatDate('2028-03-01', locale),
        bTo: formatDate('2028-08-31', locale),
      }),
    );
    // (getByText skips <noscript>, whose content is shown when script is off)
    await expect(page.locator('p', { hasText: t('checker.noscript') }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#checker-result').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: t('checker.print') }).count()).resolves.toBe(0);
    // Without script every question is shown, the job offer's too.
    await expect(page.getByLabel(t('checker.q.months')).isVisible()).resolves.toBe(true);

    // An answer that rules the student out says so at once, through CSS alone, under its question.
    const notice = page.locator('[data-ruled-out-for="nationality"] [data-ruled-out-static]');
    await expect(notice.isVisible()).resolves.toBe(false);
    await page.getByLabel(t('checker.q.nationality')).selectOption('VN');
    await expect(notice.innerText()).resolves.toContain(t('checker.ruledOut.lead'));
    await fillIn(page, locale, categoryA); // the Mainland: the notice goes
    await expect(notice.isVisible()).resolves.toBe(false);
    await submit(page, locale);
    // The browser sends the three boxes as they are; the checker reads them as one date.
    await page.waitForURL((url) => url.searchParams.get('born-year') === '2005' && url.searchParams.get('born-day') === '20');
    await close();
  });
});

describe('without the island', () => {
  // axe cannot run where script is off; blocking only the island's bundle shows it the same page.
  it.each(locales)('%s: every question is on the page and axe finds nothing wrong', async (locale) => {
    const { page, close } = await newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(checkerUrl(site.origin, locale));
    await expect(page.getByLabel(words(locale)('checker.q.months')).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('the result on paper', () => {
  it('prints the result without the form, the checklist or the buttons', async () => {
    const { page, close } = await newPage();
    const t = words('en');
    await page.goto(checkerUrl(site.origin, 'en', queryOf(categoryA)));
    const printButton = page.getByRole('button', { name: t('checker.print') });
    await printButton.waitFor(); // shown once the island runs
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#checker-result').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: t('checker.checklist.title') }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('form').isVisible()).resolves.toBe(false);
    await expect(printButton.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: `${t('checker.change')} ${t('checker.field.born')}` }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await printButton.press('Enter');
    await expect(page.evaluate(() => (window as unknown as { printed: boolean }).printed)).resolves.toBe(true);
    await close();
  });
});

describe('dates are Hong Kong dates', () => {
  it('leaves the application day empty: today may lie outside every window, and a careless submit would refuse', async () => {
    const { page, close } = await newPage();
    await page.goto(checkerUrl(site.origin, 'en'));
    await page.getByRole('radio', { name: words('en')('checker.when.date') }).check();
    await expect(page.locator('#checker-apply').isVisible()).resolves.toBe(true);
    await expect(page.locator('#checker-apply').inputValue()).resolves.toBe('');
    await close();
  });

  it('says when the window of an eligible result is already over, by Hong Kong’s calendar', async () => {
    const t = words('en');
    const note = t('checker.result.windowPassed', { date: formatDate('2028-02-29', 'en') });
    const seen = [];
    // Category A's window ends on 29 February 2028: on 1 March in Hong Kong it is over, even
    // where the browser's clock still says 29 February.
    for (const instant of ['2028-02-29T23:30:00+08:00', '2028-03-01T00:30:00+08:00']) {
      const { page, close } = await newPage({ timezoneId: 'America/Los_Angeles' });
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(checkerUrl(site.origin, 'en', queryOf(categoryA)));
      await page.locator('#checker-result-title').waitFor();
      seen.push(await page.locator('p', { hasText: note }).count());
      await close();
    }
    expect(seen).toEqual([0, 1]);
  });

  it('writes a result’s dates the same in any time zone', async () => {
    const texts = [];
    for (const timezoneId of ['Asia/Hong_Kong', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const { page, close } = await newPage({ timezoneId });
      await page.goto(checkerUrl(site.origin, 'zh-hans', queryOf(categoryA)));
      await page.locator('#checker-result-title').waitFor();
      texts.push(await page.locator('#checker-result').innerText());
      await close();
    }
    expect(texts[0]).toContain('2027年8月31日至2028年2月29日');
    expect(new Set(texts).size).toBe(1);
  });
});

describe('the page', () => {
  it('runs no inline script (a CSP without unsafe-inline allows it): the data is a JSON block', async () => {
    const { page, close } = await newPage();
    await page.goto(checkerUrl(site.origin, 'en'));
    const scripts = await page.locator('script').evaluateAll((all) =>
      all.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type') })),
    );
    const dataBlock = (type: string | null) => type === 'application/json' || type === 'application/ld+json';
    for (const script of scripts) expect(script.src !== null || dataBlock(script.type), JSON.stringify(script)).toBe(true);
    expect(scripts.filter((s) => s.type === 'application/json')).toHaveLength(1);
    await close();
  });

  it('asks about a job offer only when it matters', async () => {
    const { page, close } = await newPage();
    const t = words('en');
    await page.goto(checkerUrl(site.origin, 'en'));
    const offer = page.getByRole('group', { name: t('checker.q.offer') });
    const months = page.getByLabel(t('checker.q.months'));
    await fillIn(page, 'en', { ...categoryA, when: 'a' });
    expect(await offer.isVisible()).toBe(false);
    await page.getByRole('radio', { name: t('checker.when.b') }).check();
    expect(await offer.isVisible()).toBe(true);
    expect(await months.isVisible()).toBe(false);
    await offer.getByRole('radio', { name: t('checker.yes') }).check();
    expect(await months.isVisible()).toBe(true);
    await page.getByRole('radio', { name: t('checker.when.date') }).check();
    await page.getByLabel(t('checker.q.apply')).fill('2027-12-01'); // in Category A's window
    expect(await offer.isVisible()).toBe(false);
    await page.getByLabel(t('checker.q.apply')).fill('2028-03-01'); // the first day of B's
    expect(await offer.isVisible()).toBe(true);
    await close();
  });
});
