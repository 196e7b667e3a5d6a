import { join } from 'node:path';
import type { ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { dictionaries, format, formatDate, type Locale } from '../../src/i18n';
import { informationAsOf } from '../../src/lib/sources';
import { printA4, squash, type PrintedPdf } from '../support/pdf';
import { readProgrammes, readSectors } from '../support/content';
import { chromeWordsToCheck } from './navigation';

/**
 * Every programme page prints on one A4 sheet and every sector page on at most two, in every
 * locale, with what a reader of the paper needs (names, jobs, the two ways in, the conditions, the
 * date and the way back online) and none of the site's navigation. Each page is printed during the
 * sweep's one visit of it (tests/sweep.test.ts): `printPage` in the tab, the `expect…` in the test.
 */
const programmes = readProgrammes();
const sectors = readSectors();
const sectorById = new Map(sectors.map((s) => [s.id, s]));

export interface PrintedPage {
  pdf: PrintedPdf;
  /** The page's canonical address, which the paper must give in full. */
  canonical: string;
  /** The chrome words the paper must not hold (navigation.ts). */
  chromeWords: string[];
}

/** Prints the page a tab shows into `dir`; with its canonical address and the chrome words to look for. */
export async function printPage(page: Page, locale: Locale, dir: string): Promise<PrintedPage> {
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href')) ?? '';
  const chromeWords = await chromeWordsToCheck(page, locale);
  const file = join(dir, `${new URL(page.url()).pathname.replaceAll('/', '_')}.pdf`);
  return { pdf: await printA4(page, file), canonical, chromeWords };
}

function expectNoChrome(expect: ExpectStatic, text: string, words: string[]) {
  // Enough words stay testable on every page for the check to mean something.
  expect(words.length).toBeGreaterThanOrEqual(6);
  for (const word of words) expect(squash(text), `"${word}" is on paper`).not.toContain(squash(word));
}

/** /locale/programmes/id/ on paper: exactly one A4 page, with what the reader needs. */
export function expectProgrammePrint(expect: ExpectStatic, locale: Locale, id: string, { pdf, canonical, chromeWords }: PrintedPage) {
  const programme = programmes.find((p) => p.id === id)!;
  const sector = sectorById.get(programme.sector)!;
  const d = dictionaries[locale];

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
}

/** /locale/sectors/id/ on paper: at most two A4 pages, with its programmes and jobs. */
export function expectSectorPrint(expect: ExpectStatic, locale: Locale, id: string, { pdf, canonical, chromeWords }: PrintedPage) {
  const sector = sectorById.get(id)!;
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  const text = squash(pdf.text);
  expect(text).toContain(squash(sector.name[locale]));
  for (const p of programmes.filter((p) => p.sector === id)) expect(text).toContain(squash(p.name[locale]));
  expect(text).toContain(squash(sector.jobTitles.at(-1)![locale]));
  expect(text).toContain(squash(canonical));
  expectNoChrome(expect, pdf.text, chromeWords);
}
