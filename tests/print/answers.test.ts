import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dictionaries, locales, type Locale } from '../../src/i18n';
import { hkd, twoYearSum } from '../../src/lib/costs';
import { printA4, squash, useBrowser } from '../support';
import { readQuestions } from '../support/content';
import { chromeWordsToCheck } from './navigation';

/**
 * The questions page and the costs page on paper (issue 12): every question and its sources'
 * addresses, the worked sum with its total, and none of the site's navigation; a parent can take
 * them to a meeting.
 */
const { site, newPage } = useBrowser();
let page: Page;
let dir: string;

beforeAll(async () => {
  page = await newPage();
  dir = mkdtempSync(join(tmpdir(), 'vpas-answers-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const questionsOf = (locale: Locale) => readQuestions(locale).map((q) => q.data.question);

/** A page of the locale printed to A4: the PDF, its text squashed, and the site's navigation words to look for. */
async function printed(locale: Locale, name: 'faq' | 'costs') {
  await page.goto(`${site.origin}/${locale}/${name}/`);
  const words = await chromeWordsToCheck(page, locale);
  const pdf = await printA4(page, join(dir, `${name}-${locale}.pdf`));
  return { pdf, text: squash(pdf.text), words };
}

describe.each(locales)('%s on paper', (locale) => {
  it('the questions page prints every question, the official addresses, and no navigation', async () => {
    const { pdf, text, words } = await printed(locale, 'faq');
    expect(pdf.pages).toBeLessThanOrEqual(20);
    for (const question of questionsOf(locale)) expect(text).toContain(squash(question));
    // External sources print their address after their title (GOV.UK style).
    expect(text).toContain('(https://www.immd.gov.hk/');
    // The list of questions is for the screen: on paper each question appears once.
    expect(text.split(squash(questionsOf(locale)[0]!)).length - 1).toBe(1);
    for (const word of words) expect(text, `"${word}" is on paper`).not.toContain(squash(word));
  });

  it('the costs page prints the worked sum to its total, and the key dates', async () => {
    const { pdf, text, words } = await printed(locale, 'costs');
    expect(pdf.pages).toBeLessThanOrEqual(5);
    expect(text).toContain(squash(hkd(twoYearSum().total)));
    expect(text).toContain(squash(dictionaries[locale]['costs.notPromise']));
    expect(text).toContain(squash(dictionaries[locale]['costs.date.classes.when']));
    for (const word of words) expect(text, `"${word}" is on paper`).not.toContain(squash(word));
  });
});
