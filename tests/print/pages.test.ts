import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { dictionaries, format, formatDate, locales, type Locale } from '../../src/i18n';
import { informationAsOf } from '../../src/lib/sources';
import { PagePool, printA4, squash, useBrowser, type PrintedPdf } from '../support';
import { readProgrammes, readSectors } from '../support/content';
import { chromeWordsToCheck } from './navigation';

/**
 * Every programme page prints on one A4 sheet and every sector page on at most two, in every
 * locale, with what a reader of the paper needs (names, jobs, the two ways in, the conditions, the
 * date and the way back online) and none of the site's navigation. Tabs (two, one per core, or
 * PRINT_TABS) are reused, and the 141 pages are printed by as many tests at a time.
 */
const programmes = readProgrammes().sort((a, b) => a.id.localeCompare(b.id));
const sectors = readSectors().sort((a, b) => a.order - b.order);
const sectorById = new Map(sectors.map((s) => [s.id, s]));

const { site, browser } = useBrowser();
let pool: PagePool;
let dir: string;

beforeAll(() => {
  pool = new PagePool(browser(), Number(process.env.PRINT_TABS ?? 2));
  dir = mkdtempSync(join(tmpdir(), 'vpas-print-'));
});
afterAll(async () => {
  await pool?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Loads a page in an idle tab and prints it; returns the PDF, the page's canonical address and the
 * chrome words the PDF must not hold (see navigation.ts).
 */
function print(path: string, locale: Locale) {
  return pool.use(async (page: Page) => {
    await page.goto(site.origin + path);
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href')) ?? '';
    const chromeWords = await chromeWordsToCheck(page, locale);
    const pdf: PrintedPdf = await printA4(page, join(dir, `${path.replaceAll('/', '_')}.pdf`));
    return { pdf, canonical, chromeWords };
  });
}

function expectNoChrome(expect: ExpectStatic, text: string, words: string[]) {
  // Enough words stay testable on every page for the check to mean something.
  expect(words.length).toBeGreaterThanOrEqual(6);
  for (const word of words) expect(squash(text), `"${word}" is on paper`).not.toContain(squash(word));
}

const programmeCases = locales.flatMap((locale) => programmes.map((p) => [locale, p.id] as const));
const sectorCases = locales.flatMap((locale) => sectors.map((s) => [locale, s.id] as const));

describe('programme pages', () => {
  it.concurrent.for(programmeCases)('/%s/programmes/%s/ prints on exactly one A4 page, with what the reader needs', async ([locale, id], { expect }) => {
    const programme = programmes.find((p) => p.id === id)!;
    const sector = sectorById.get(programme.sector)!;
    const d = dictionaries[locale];
    const path = `/${locale}/programmes/${id}/`;
    const { pdf, canonical, chromeWords } = await print(path, locale);

    expect(pdf.pages).toBe(1);
    const text = squash(pdf.text);
    expect(text).toContain(squash(programme.name[locale]));
    // The English name beside the Chinese, as the VTC's English documents write it.
    if (locale !== 'en') expect(text).toContain(squash(programme.official?.nameEn ?? programme.name.en));
    expect(text).toContain(squash(sector.name[locale]));
    // All the job titles: the first and the last stand for the list not being cut off.
    expect(text).toContain(squash(sector.jobTitles[0]![locale]));
    expect(text).toContain(squash(sector.jobTitles.at(-1)![locale]));
    expect(text).toContain(squash(d['programme.categoryA.title']));
    expect(text).toContain(squash(d['programme.categoryB.title']));
    // Key facts first; the scheme's rules in short; the site's disclaimer, as on every printout.
    expect(text).toContain(squash(d['keyFacts.title']));
    expect(text).toContain(squash(d['scheme.who']));
    expect(text).toContain(squash(d['trust.line']));
    expect(text).toContain(squash(d['footer.disclaimer']));
    const asOf = formatDate(informationAsOf(['immd', 'vtc', 'brochure']) ?? '', locale);
    expect(text).toContain(squash(format(d['sources.asOf'], { date: asOf })));
    // The page's full address, under its QR code; and the external sources' addresses (GOV.UK style).
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/(.+/)?${locale}/programmes/${id}/$`));
    expect(text).toContain(squash(canonical));
    expect(text).toContain('(https://vpas.vtc.edu.hk/)');
    // Internal links print as plain text: no "(/en/sectors/…)" after them.
    expect(text).not.toMatch(/\(\/[a-z-]+\//);
    // The list of sibling programmes is for browsing, not for paper.
    if (programmes.some((p) => p.sector === sector.id && p.id !== id)) {
      expect(text).not.toContain(squash(format(d['programme.siblingsTitle'], { sector: sector.name[locale] })));
    }
    expectNoChrome(expect, pdf.text, chromeWords);
  });
});

describe('sector pages', () => {
  it.concurrent.for(sectorCases)('/%s/sectors/%s/ prints on at most two A4 pages, with its programmes and jobs', async ([locale, id], { expect }) => {
    const sector = sectorById.get(id)!;
    const { pdf, canonical, chromeWords } = await print(`/${locale}/sectors/${id}/`, locale);

    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const text = squash(pdf.text);
    expect(text).toContain(squash(sector.name[locale]));
    for (const p of programmes.filter((p) => p.sector === id)) expect(text).toContain(squash(p.name[locale]));
    expect(text).toContain(squash(sector.jobTitles.at(-1)![locale]));
    expect(text).toContain(squash(canonical));
    expectNoChrome(expect, pdf.text, chromeWords);
  });
});
