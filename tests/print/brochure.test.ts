import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { dictionaries, format, locales } from '../../src/i18n';
import { distDir, printA4, squash, useBrowser, type PrintedPdf } from '../support';
import { readProgrammes, readSectors } from '../support/content';
import { chromeWordsToCheck } from './navigation';

/**
 * The brochure, /{locale}/brochure/: the whole scheme as a booklet of at most twelve numbered A4
 * pages, no sector torn across two pages; and on screen valid HTML (axe checks it at a phone's
 * width and a desktop's in tests/sweep.test.ts, as every page).
 */
const sectors = readSectors().sort((a, b) => a.order - b.order);
const programmes = readProgrammes();

const { site, newPage } = useBrowser();
let page: Page;
let dir: string;
const printed = new Map<string, PrintedPdf>();

beforeAll(async () => {
  page = await newPage();
  dir = mkdtempSync(join(tmpdir(), 'vpas-brochure-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(locales)('the %s brochure', (locale) => {
  const path = `/${locale}/brochure/`;
  const d = dictionaries[locale];

  it('prints on at most twelve A4 pages, numbered "n / N" in the margin, without the site chrome', async () => {
    await page.goto(site.origin + path);
    const pdf = await printA4(page, join(dir, `${locale}.pdf`));
    printed.set(locale, pdf);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(12);
    pdf.pageTexts.forEach((text, i) => expect(squash(text)).toContain(`${i + 1}/${pdf.pages}`));
    const words = await chromeWordsToCheck(page, locale);
    expect(words.length).toBeGreaterThanOrEqual(6);
    for (const word of words) expect(squash(pdf.text), `"${word}" is on paper`).not.toContain(squash(word));
  });

  it('puts a one-page summary alone on page 1, with a QR code to the site; the programme table starts on page 2', async () => {
    const [first = '', second = ''] = printed.get(locale)!.pageTexts.map(squash);
    const summary = [
      'summary.title',
      'summary.gives.title',
      'summary.categoryA',
      'summary.categoryB',
      'summary.stay.title',
      'summary.stay.ladderA',
      'summary.stay.ladderB',
      'summary.surprises.title',
      // The rules that most often surprise: no part-time work while studying, one change of employer.
      'scheme.noJobs',
      'support.changeEmployer',
      // The costs: the tuition's status, ImmD's application and visa fees.
      'summary.costs.title',
      'keyFacts.feesText',
      'support.feeApplication',
      'support.feeVisa',
      'trust.line',
      'footer.disclaimer',
    ] as const;
    for (const key of summary) expect(first, key).toContain(squash(d[key]));
    // The QR code's address, printed under it: the site's home page in this locale.
    const home = new URL(`${locale}/`, site.root).pathname;
    await expect(page.locator(`[data-print-summary] [role=img][aria-label*="${home}"]`).count()).resolves.toBe(1);
    expect(first).toContain(squash(`/${locale}/`));
    // Nothing of the programme table on page 1; it opens page 2.
    const tableTitle = squash(format(d['brochure.sectorsTitle'], { sectors: sectors.length, programmes: programmes.length }));
    expect(first).not.toContain(tableTitle);
    for (const sector of sectors) expect(first).not.toContain(squash(sector.name[locale]));
    expect(second).toContain(tableTitle);
  });

  it('carries the independent-guide line and the disclaimer on every page', () => {
    const pages = printed.get(locale)!.pageTexts.map(squash);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(squash(d['trust.line']));
      expect(text, `page ${i + 1}`).toContain(squash(d['footer.disclaimer']));
    });
  });

  it('holds every sector, programme and job title, the rules, contacts and disclaimer', () => {
    const text = squash(printed.get(locale)!.text);
    for (const sector of sectors) {
      expect(text).toContain(squash(sector.name[locale]));
      for (const job of sector.jobTitles) expect(text).toContain(squash(job[locale]));
    }
    for (const programme of programmes) expect(text).toContain(squash(programme.name[locale]));
    for (const key of ['brochure.rule.who', 'programme.condition.nationality', 'programme.categoryB.text', 'brochure.rule.business', 'brochure.rule.dependants', 'home.step5.text', 'footer.disclaimer', 'contacts.general', 'contacts.admissions', 'contacts.wechat', 'contacts.wechatNote'] as const) {
      expect(text).toContain(squash(d[key]));
    }
    for (const contact of ['(852)28361784', 'iss@vtc.edu.hk', '(86)75533634880', '(852)28246111', 'enquiry@immd.gov.hk']) expect(text).toContain(contact);
    // External sources print their address.
    expect(text).toContain('(https://vpas.vtc.edu.hk/)');
  });

  it('keeps each sector whole on one page: its name, first programme and last job title together', () => {
    const pages = printed.get(locale)!.pageTexts.map(squash);
    for (const sector of sectors) {
      const first = programmes.filter((p) => p.sector === sector.id).sort((a, b) => a.order - b.order)[0]!;
      const parts = [sector.name[locale], first.name[locale], sector.jobTitles.at(-1)![locale]].map(squash);
      expect(pages.some((text) => parts.every((part) => text.includes(part))), sector.id).toBe(true);
    }
  });

  it('is valid HTML (html-validate recommended and document rules: unique ids, landmarks, …)', async () => {
    // SRI is for assets from another host; this site serves none.
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:document'],
      rules: { 'require-sri': 'off' },
    });
    const report = await validator.validateFile(join(distDir, locale, 'brochure', 'index.html'));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(messages).toEqual([]);
  });
});
