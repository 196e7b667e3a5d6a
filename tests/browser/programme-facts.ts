import type { ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDate, type Locale } from '../../src/i18n';
import { requiredProgrammeSections } from '../../src/lib/testing/page-sections';
import { readProgrammes } from '../support/content';

/**
 * Issue 8 on the built site: every programme page in every locale has all its sections, shows each
 * sourced fact with a numbered note, and lists exactly its own sources with the date each was read.
 * What a page shows is read during the sweep's one visit of it (tests/sweep.test.ts), in two steps:
 * `readProgrammeFacts` in the tab, `expectProgrammeFacts` in the test.
 */
const programmes = readProgrammes();
type Programme = (typeof programmes)[number];
const sectorSize = (sector: string) => programmes.filter((p) => p.sector === sector).length;

/** The h2 headings of the main content: id, text, and whether a section names it as its label. */
export const mainHeadings = (p: Page) =>
  p.$$eval('main h2', (hs) =>
    hs.map((h) => ({
      id: h.id,
      text: h.textContent?.trim() ?? '',
      labels: h.closest('section')?.getAttribute('aria-labelledby') === h.id,
    })),
  );

/** What a programme page shows of its sections, notes, references and facts, as plain data. */
export async function readProgrammeFacts(page: Page) {
  return {
    headings: await mainHeadings(page),
    emptyHeadings: await page.$$eval('main :is(h1, h2, h3)', (hs) => hs.filter((h) => !h.textContent?.trim()).length),
    sourcesSections: await page.locator('main section:has(> h2#sources)').count(),
    footerSourceLinks: await page.locator('footer a[href^="https:"]').count(),
    notes: await page.$$eval('ol[data-programme-sources] > li', (lis) =>
      lis.map((li) => ({ id: li.id, href: li.querySelector('a')?.getAttribute('href'), text: li.textContent ?? '' })),
    ),
    refs: await page.$$eval('main a[href^="#source-"]', (as) => as.map((a) => a.getAttribute('href')?.slice(1))),
    // In the key facts (what one studies, where, the language, a note) or in "About the programme";
    // without the Mainland words glossed in brackets on zh-Hans pages, which the facts do not hold.
    about: await page.$$eval('section:has(> #key-facts) li, section:has(> #about) li', (lis) =>
      lis.map((li) => {
        const copy = li.cloneNode(true) as Element;
        copy.querySelectorAll('[data-gloss]').forEach((gloss) => gloss.remove());
        return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      }),
    ),
    keyFacts: (await page.locator('section:has(> #key-facts) dl').textContent()) ?? '',
  };
}

export type ProgrammeFacts = Awaited<ReturnType<typeof readProgrammeFacts>>;

export function expectProgrammeFacts(expect: ExpectStatic, locale: Locale, programme: Programme, shown: ProgrammeFacts) {
  // Sections: the required ids, in page order, each an h2 with text that labels its section.
  const sources = Object.entries(programme.sources ?? {});
  const required = requiredProgrammeSections({ hasSiblings: sectorSize(programme.sector) > 1 });
  const ids = shown.headings.map((h) => h.id);
  expect(ids.filter((id) => required.includes(id))).toEqual(required);
  for (const h of shown.headings.filter((h) => required.includes(h.id))) {
    expect(h.text, h.id).not.toBe('');
    expect(h.labels, h.id).toBe(true);
  }
  // No empty heading anywhere in the main content.
  expect(shown.emptyHeadings).toBe(0);
  // Sources once on screen: one sources section, no list of sources in the footer.
  expect(shown.sourcesSections).toBe(1);
  expect(shown.footerSourceLinks).toBe(0);

  // Notes: numbered 1…n in order, one per listed source, each with its title, URL and date.
  const { notes, refs } = shown;
  expect(notes.map((n) => n.id)).toEqual(sources.map((_, i) => `source-${i + 1}`));
  expect(notes.map((n) => n.href).sort()).toEqual(sources.map(([, s]) => s.url).sort());
  for (const [, source] of sources) {
    const note = notes.find((n) => n.href === source.url);
    expect(note?.text).toContain(source.title);
    expect(note?.text).toContain(formatDate(source.accessed, locale));
  }

  // References: every reference leads to a note, and every note is referred to.
  for (const ref of refs) expect(notes.map((n) => n.id)).toContain(ref);
  expect(new Set(refs)).toEqual(new Set(notes.map((n) => n.id)));

  // Every fact is on the page in this locale, followed by the number of its source's note.
  const numberOf = (id: string) => sources.findIndex(([sid]) => sid === id) + 1;
  for (const fact of programme.facts ?? []) {
    const item = shown.about.find((text) => text.includes(fact.text[locale].replace(/\s+/g, ' ')));
    expect(item, fact.text.en).toBeDefined();
    expect(item?.endsWith(String(numberOf(fact.source)))).toBe(true);
  }

  // The official name and code are shown where known, in the key facts.
  if (programme.official?.nameEn) expect(shown.keyFacts).toContain(programme.official.nameEn);
  if (programme.official?.code) expect(shown.keyFacts).toContain(programme.official.code);
}
