import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { axeViolations, useBrowser } from '../support';
import { boxesOutsideGutters } from '../support/visit';
import { formatDate } from '../../src/i18n';
import { evaluate } from '../../src/lib/checker/evaluate';
import { readFlow } from '../../src/lib/checker/flow';
import { draftFromQuery } from '../../src/lib/checker/query';
import type { Shown } from '../../src/lib/checker/result';
import { eventUid, planOf, timelineEntries, type TimelineEntry } from '../../src/lib/checker/timeline';
import type { IslandData } from '../../src/lib/checker/words';
import { parseCalendar } from '../../src/lib/testing/ical';
import { checkerUrl, locales, words } from './helpers';

/**
 * The result's own dates, calendar file and QR code (issue 14), against the built site: every date
 * the page shows and the file holds is the rules module's for the same answers (src/lib/eligibility
 * through the checker's flow, as the island computes them), the file parses with ical.js, and the
 * QR code, photographed off the screen, decodes back to the result's address.
 */
const { site, newPage } = useBrowser();
let page: Page | undefined;
afterEach(async () => {
  await page?.context().close();
  page = undefined;
});

const offer = (months: string) => ({ offer: 'yes', 'full-time': 'yes', relevant: 'yes', level: 'yes', pay: 'yes', months, 'own-business': 'no' });
const base = { programme: 'cybersecurity', intake: '2025/26', nationality: 'CN', born: '2005-05-20', iang: 'no' };

/** Graduation dates on month ends and around 29 February, each with a last day counted by hand. */
const STUDENTS = [
  { name: 'A, graduated 31 Aug into a leap February', answers: { ...base, graduated: '2027-08-31', when: 'a' }, last: '2028-08-31', first: '2028-02-29' },
  { name: 'A, graduated on 29 February', answers: { ...base, graduated: '2028-02-29', when: 'a' }, last: '2029-02-28', first: '2028-08-29' },
  { name: 'A, graduated 31 Aug into a common February', answers: { ...base, graduated: '2026-08-31', when: 'a' }, last: '2027-08-31', first: '2027-02-28' },
  { name: 'A, graduated 31 January', answers: { ...base, graduated: '2027-01-31', when: 'a' }, last: '2028-01-31', first: '2027-07-31' },
  { name: 'A, 18 inside the window', answers: { ...base, born: '2009-10-01', graduated: '2027-08-31', when: 'a' }, last: '2028-08-31', first: '2028-02-29' },
  { name: 'B on a day, 18-month contract', answers: { ...base, graduated: '2027-08-31', when: 'date', apply: '2028-04-15', ...offer('18') }, last: '2028-08-31', first: '2028-02-29' },
  { name: 'B, 18 only in B’s window', answers: { ...base, born: '2010-04-10', graduated: '2027-08-31', when: 'b', ...offer('12') }, last: '2028-08-31', first: '2028-04-10' },
] as const;

const queryOf = (answers: Record<string, string>) => `?${new URLSearchParams(answers).toString()}`;

/** What the rules make of the answers, with the catalogue the page itself gives its island. */
async function expectedEntries(p: Page, answers: Record<string, string>): Promise<TimelineEntry[]> {
  const data = JSON.parse((await p.locator('#checker-data').textContent()) ?? '{}') as IslandData;
  const flow = readFlow(draftFromQuery(new URLSearchParams(answers)), data.catalogue);
  const plan = planOf(evaluate(flow, data.catalogue) as Shown, flow);
  if (!plan) throw new Error('fixture: the answers must give an eligible result');
  return timelineEntries(plan);
}

async function openResult(locale: (typeof locales)[number], answers: Record<string, string>, width = 390) {
  page = await newPage({ locale: 'en-US', viewport: { width, height: 900 }, acceptDownloads: true });
  const p = page;
  p.on('pageerror', (error) => {
    throw error;
  });
  const requests: string[] = [];
  p.on('request', (request) => requests.push(request.url()));
  await p.goto(checkerUrl(site.origin, locale, queryOf(answers)));
  await p.locator('[data-timeline]').waitFor();
  return { p, requests };
}

describe.each(locales)('the student’s dates in %s', (locale) => {
  const t = words(locale);

  it.each(STUDENTS)('$name: every date is the rules module’s, each citing its rule', async ({ answers, last, first }) => {
    const { p } = await openResult(locale, answers);
    const expected = await expectedEntries(p, answers);
    const shown = await p.locator('[data-timeline] [data-entry]').evaluateAll((items) =>
      items.map((item) => ({ key: item.getAttribute('data-entry'), date: item.querySelector('time')?.getAttribute('datetime'), text: item.textContent ?? '' })),
    );
    expect(shown.map(({ key, date }) => `${key} ${date}`)).toEqual(expected.map((entry) => `${entry.key} ${entry.date}`));
    expect(expected.find((entry) => entry.key === 'last-day')?.date).toBe(last);
    expect(expected[0]?.date).toBe(first);
    shown.forEach(({ text }, i) => {
      const entry = expected[i]!;
      expect(text).toContain(formatDate(entry.date, locale));
      expect(text).toContain(t(`checker.plan.rule.${entry.rule}`));
    });
    expect(await p.locator('[data-timeline]').innerText()).toContain(t('checker.plan.usualTitle'));
  });

  it('the calendar file holds every date and a stable UID for each, with reminders and the result’s address', async () => {
    const { answers } = STUDENTS[5];
    const { p } = await openResult(locale, answers);
    const expected = await expectedEntries(p, answers);
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: t('checker.plan.calendar') }).click()]);
    expect(download.suggestedFilename()).toBe('vpas-dates.ics');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const calendar = parseCalendar(Buffer.concat(chunks).toString('utf8'));
    const host = new URL(site.origin).hostname;
    const address = await p.locator('[data-share-url]').innerText();
    expect(calendar.name).toBe(t('checker.plan.calendarName'));
    expect(calendar.events.map((e) => [e.uid, e.start, e.allDay, e.reminderDays, e.url])).toEqual(
      expected.map((entry) => [eventUid(entry.key, answers.graduated, host), entry.date, true, 21, address]),
    );
    expect(calendar.events.every((e) => e.description.includes(address))).toBe(true);
    expect(await p.getByText(t('checker.plan.calendarHint')).isVisible()).toBe(true);
  });
});

describe('a timeline opened later', () => {
  it('marks the days already gone in Hong Kong, whatever the browser’s time zone', async () => {
    const t = words('en');
    // 1 March 2028, 00:30 in Hong Kong; still 29 February in Los Angeles, where the browser is.
    page = await newPage({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
    await page.clock.setFixedTime(new Date('2028-03-01T00:30:00+08:00'));
    await page.goto(checkerUrl(site.origin, 'en', queryOf(STUDENTS[0].answers)));
    await page.locator('[data-timeline]').waitFor();
    const passed = await page.locator('[data-entry]').evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-entry')} ${item.querySelector('[data-passed]')?.textContent ?? '-'}`),
    );
    expect(passed.slice(0, 3)).toEqual([`category-a-last ${t('checker.plan.passed')}`, 'category-b-window -', 'last-day -']);
  });
});

describe('the result’s address as a QR code', () => {
  it.each(locales)('%s: the code decodes to the address shown, which holds the answers; nothing from another origin', async (locale) => {
    const { answers } = STUDENTS[6];
    const { p, requests } = await openResult(locale, answers);
    const code = p.locator('[data-qr]');
    await code.locator('svg').waitFor();
    const box = await code.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(200); // big enough to scan off a phone's screen
    const shot = await code.screenshot();
    const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    const address = await p.locator('[data-share-url]').innerText();
    expect(decoded?.data).toBe(address);
    const url = new URL(address);
    expect(`${url.origin}${url.pathname}`).toBe(checkerUrl(site.origin, locale));
    expect(Object.fromEntries(url.searchParams)).toEqual(answers);
    expect(requests.filter((request) => !request.startsWith(`${site.origin}/`) && !request.startsWith('data:'))).toEqual([]);
  });

  it('loads the QR library only when a result is shown', async () => {
    const { p, requests } = await openResult('en', STUDENTS[0].answers);
    const scripts = (list: string[]) => new Set(list.filter((url) => url.endsWith('.js')));
    await p.locator('[data-qr] svg').waitFor();
    const withResult = scripts(requests);
    const form = await newPage();
    const onForm: string[] = [];
    form.on('request', (request) => onForm.push(request.url()));
    await form.goto(checkerUrl(site.origin, 'en'));
    await form.waitForLoadState('networkidle');
    const withoutResult = scripts(onForm);
    await form.context().close();
    expect([...withoutResult].every((url) => withResult.has(url))).toBe(true);
    expect(withResult.size).toBeGreaterThan(withoutResult.size);
  });

  it('copies the link with the Clipboard API, and selects it for copying by hand without one', async () => {
    const { p } = await openResult('en', STUDENTS[0].answers);
    const t = words('en');
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const address = await p.locator('[data-share-url]').innerText();
    await p.getByRole('button', { name: t('checker.share.copy') }).click();
    await p.getByRole('status').filter({ hasText: t('checker.share.copied') }).waitFor();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(address);

    await p.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await p.reload();
    await p.getByRole('button', { name: t('checker.share.copy') }).click();
    await p.getByRole('status').filter({ hasText: t('checker.share.copyFailed') }).waitFor();
    expect(await p.evaluate(() => getSelection()?.toString())).toBe(address);
  });
});

describe('the new parts of the result', () => {
  it.each([
    ['zh-hans', 390, STUDENTS[0]],
    ['zh-hant', 1280, STUDENTS[5]],
    ['en', 390, STUDENTS[6]],
    ['en', 1280, STUDENTS[1]],
  ] as const)('%s at %i px: axe finds nothing, and nothing sticks out of the column', async (locale, width, { answers }) => {
    const { p } = await openResult(locale, answers, width);
    await p.locator('[data-qr] svg').waitFor();
    expect(await axeViolations(p)).toEqual([]);
    expect(await p.evaluate(boxesOutsideGutters)).toEqual([]);
  });

  it('prints the timeline and the code with the result, without the buttons', async () => {
    const { p } = await openResult('en', STUDENTS[0].answers, 1280);
    await p.locator('[data-qr] svg').waitFor();
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('[data-timeline]').isVisible()).toBe(true);
    expect(await p.locator('[data-qr]').isVisible()).toBe(true);
    expect(await p.locator('[data-calendar]').isVisible()).toBe(false);
    expect(await p.locator('[data-copy]').isVisible()).toBe(false);
  });
});
