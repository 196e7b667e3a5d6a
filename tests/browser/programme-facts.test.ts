import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { PagePool, useBrowser } from '../support';
import { readProgrammes } from '../support/content';
import { requiredProgrammeSections, rulesSections, supportSections } from '../../src/lib/testing/page-sections';
import { formatDate } from '../../src/i18n';

/**
 * Issue 8 on the built site, in Chromium: every programme page in every locale has all its sections,
 * shows each sourced fact with a numbered note, and lists exactly its own sources with the date each
 * was read; the support and rules pages exist in the three locales with their sections. Run after
 * `astro build`.
 * (axe checks every one of these pages at two widths in tests/sweep.test.ts.)
 */
const locales = ['zh-hans', 'zh-hant', 'en'] as const;
const programmes = readProgrammes();
const sectorSize = (sector: string) => programmes.filter((p) => p.sector === sector).length;

const { site, browser } = useBrowser();
/** Tabs shared by the page checks, which run a few at a time: each mostly waits on Chromium. */
let pool: PagePool;
beforeAll(() => {
  pool = new PagePool(browser(), 3);
});
afterAll(() => pool?.close());

/** The h2 headings of the main content: id, text, and whether a section names it as its label. */
const mainHeadings = (p: Page) =>
  p.$$eval('main h2', (hs) =>
    hs.map((h) => ({
      id: h.id,
      text: h.textContent?.trim() ?? '',
      labels: h.closest('section')?.getAttribute('aria-labelledby') === h.id,
    })),
  );

const cases = programmes.flatMap((programme) => locales.map((locale) => [`${locale}/${programme.id}`, locale, programme] as const));

describe('programme pages', () => {
  it('checks all 102 pages', () => expect(cases).toHaveLength(102));

  it.concurrent.for(cases)('%s has every section, each fact with its note, and its own sources', ([, locale, programme], { expect }) =>
    pool.use((page) => checkProgramme(page, locale, programme, expect)),
  );
});

async function checkProgramme(page: Page, locale: (typeof locales)[number], programme: (typeof programmes)[number], expect: ExpectStatic) {
  const response = await page.goto(`${site.origin}/${locale}/programmes/${programme.id}/`);
  expect(response?.status()).toBe(200);

  // Sections: the required ids, in page order, each an h2 with text that labels its section.
  const sources = Object.entries(programme.sources ?? {});
  const required = requiredProgrammeSections({ hasSiblings: sectorSize(programme.sector) > 1 });
  const headings = await mainHeadings(page);
  const ids = headings.map((h) => h.id);
  expect(ids.filter((id) => required.includes(id))).toEqual(required);
  for (const h of headings.filter((h) => required.includes(h.id))) {
    expect(h.text, h.id).not.toBe('');
    expect(h.labels, h.id).toBe(true);
  }
  // No empty heading anywhere in the main content.
  const empty = await page.$$eval('main :is(h1, h2, h3)', (hs) => hs.filter((h) => !h.textContent?.trim()).length);
  expect(empty).toBe(0);
  // Sources once on screen: one sources section, no list of sources in the footer.
  await expect(page.locator('main section:has(> h2#sources)').count()).resolves.toBe(1);
  await expect(page.locator('footer a[href^="https:"]').count()).resolves.toBe(0);

  // Notes: numbered 1…n in order, one per listed source, each with its title, URL and date.
  const notes = await page.$$eval('ol[data-programme-sources] > li', (lis) =>
    lis.map((li) => ({ id: li.id, href: li.querySelector('a')?.getAttribute('href'), text: li.textContent ?? '' })),
  );
  expect(notes.map((n) => n.id)).toEqual(sources.map((_, i) => `source-${i + 1}`));
  expect(notes.map((n) => n.href).sort()).toEqual(sources.map(([, s]) => s.url).sort());
  for (const [, source] of sources) {
    const note = notes.find((n) => n.href === source.url);
    expect(note?.text).toContain(source.title);
    expect(note?.text).toContain(formatDate(source.accessed, locale));
  }

  // References: every reference leads to a note, and every note is referred to.
  const refs = await page.$$eval('main a[href^="#source-"]', (as) => as.map((a) => a.getAttribute('href')?.slice(1)));
  for (const ref of refs) expect(notes.map((n) => n.id)).toContain(ref);
  expect(new Set(refs)).toEqual(new Set(notes.map((n) => n.id)));

  // Every fact is on the page in this locale, followed by the number of its source's note.
  // (Without the Mainland words glossed in brackets on zh-Hans pages, which the facts do not hold.)
  // In the key facts (what one studies, where, the language, a note) or in "About the programme".
  const about = await page.$$eval('section:has(> #key-facts) li, section:has(> #about) li', (lis) =>
    lis.map((li) => {
      const copy = li.cloneNode(true) as Element;
      copy.querySelectorAll('[data-gloss]').forEach((gloss) => gloss.remove());
      return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    }),
  );
  const numberOf = (id: string) => sources.findIndex(([sid]) => sid === id) + 1;
  for (const fact of programme.facts ?? []) {
    const item = about.find((text) => text.includes(fact.text[locale].replace(/\s+/g, ' ')));
    expect(item, fact.text.en).toBeDefined();
    expect(item?.endsWith(String(numberOf(fact.source)))).toBe(true);
  }

  // The official name and code are shown where known, in the key facts.
  const header = (await page.locator('section:has(> #key-facts) dl').textContent()) ?? '';
  if (programme.official?.nameEn) expect(header).toContain(programme.official.nameEn);
  if (programme.official?.code) expect(header).toContain(programme.official.code);
}

describe('the support and rules pages', () => {
  it.each(locales)('%s: company support, linked from the home page, beside the rules', (locale) =>
    pool.use(async (page) => {
      await page.goto(`${site.origin}/${locale}/`);
      await page.locator(`main a[href="/${locale}/support/"]`).first().click();
      expect(new URL(page.url()).pathname).toBe(`/${locale}/support/`);

      const headings = await mainHeadings(page);
      expect(headings.map((h) => h.id).filter((id) => (supportSections as readonly string[]).includes(id))).toEqual([...supportSections]);
      for (const h of headings) expect(h.text, h.id).not.toBe('');
      // Seven forms of company support, dated sources, and the way to the rules.
      await expect(page.locator('section:has(> #offers) li h3').count()).resolves.toBe(7);
      expect(await page.locator('section:has(> #sources)').textContent()).toContain(formatDate('2025-12', locale));
      await expect(page.locator(`main a[href="/${locale}/rules/"]`).count()).resolves.toBeGreaterThan(0);
    }));

  it.each(locales)('%s: the full rules, linked from the home page and the navigation', (locale) =>
    pool.use(async (page) => {
      await page.goto(`${site.origin}/${locale}/`);
      await expect(page.locator(`header nav a[href="/${locale}/rules/"]`).count()).resolves.toBeGreaterThan(0);
      await page.locator(`main a[href="/${locale}/rules/"]`).first().click();
      expect(new URL(page.url()).pathname).toBe(`/${locale}/rules/`);

      const headings = await mainHeadings(page);
      expect(headings.map((h) => h.id).filter((id) => (rulesSections as readonly string[]).includes(id))).toEqual([...rulesSections]);
      for (const h of headings) {
        expect(h.text, h.id).not.toBe('');
        expect(h.labels, h.id).toBe(true);
      }
      // The brochure's seven footnotes, two ladders, the fees, and dated sources.
      await expect(page.locator('section:has(> #fine-print) > ol > li').count()).resolves.toBe(7);
      await expect(page.locator('section:has(> #after-arrival) ol').count()).resolves.toBe(2);
      const fees = (await page.locator('section:has(> #fees)').textContent()) ?? '';
      expect(fees).toMatch(/1,300/);
      expect(fees).toMatch(/600/);
      expect(await page.locator('section:has(> #sources)').textContent()).toContain(formatDate('2025-12', locale));
      expect(await page.locator('section:has(> #while-studying) a[href*="immd.gov.hk"]').count()).toBeGreaterThan(0);
      await expect(page.locator(`main a[href="/${locale}/support/"]`).count()).resolves.toBeGreaterThan(0);
    }));
});
