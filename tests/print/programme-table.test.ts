import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printA4, squash, useBrowser } from '../support';
import { locales, programme, programmes, ready, sectorName, tablePath, words } from '../programmes/helpers';
import { chromeWordsToCheck } from './navigation';

/**
 * The programmes table on paper (issue 14): all 34 programmes on two A4 sheets in portrait (the
 * stylesheet's one @page rule; the columns fit across A4 without turning it), the column headings
 * repeated on each sheet, none of the screen's controls; a comparison prints on its own sheet,
 * with the VTC's addresses written out.
 */
const { site, newPage } = useBrowser();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vpas-table-print-'));
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

async function print(path: string, javaScriptEnabled = true) {
  const page = await newPage({ javaScriptEnabled });
  await page.goto(site.origin + path);
  if (javaScriptEnabled) await ready(page);
  const locale = locales.find((l) => path.startsWith(`/${l}/`))!;
  const chromeWords = await chromeWordsToCheck(page, locale);
  const pdf = await printA4(page, join(dir, `${path.replace(/\W+/g, '_')}.pdf`), { cssPageSize: true });
  await page.context().close();
  return { pdf, chromeWords };
}

/** A4 is 595.3 × 841.9 points; Chromium's PDF rounds each side to its own grid, within a point. */
const portraitA4 = { width: expect.closeTo(595.3, -0.3), height: expect.closeTo(841.9, -0.3) };

describe.each(locales)('in %s', (locale) => {
  const t = words(locale);

  it.each([true, false])('prints every programme on two A4 sheets in portrait, headings on each (script on: %s)', async (script) => {
    const { pdf, chromeWords } = await print(tablePath(locale), script);
    expect(pdf.pages).toBe(2);
    expect(pdf.pageSize).toEqual(portraitA4);
    const text = squash(pdf.text);
    for (const p of programmes) {
      expect(text, p.id).toContain(squash(p.name[locale]));
      if (p.official?.code) expect(text, p.id).toContain(p.official.code);
    }
    expect(text).toContain(squash(sectorName('hospitality-and-tourism', locale)));
    // The column headings at the top of each sheet (each heading is the label of a sort button on screen).
    for (const sheet of pdf.pageTexts) expect(squash(sheet)).toContain(squash(t('programme.sector') + t('programme.institution')));
    // What the columns rest on, and the VTC's list with its address.
    expect(text).toContain(squash(t('table.noteNotKnown')));
    expect(text).toContain('(https://www.vtc.edu.hk/hqip/vpas-std.php)');
    // No control of the screen reaches paper: a control's word appears only as often as the page's
    // title and lead use it (the Chinese title says 比较, which is also the "Compare" box's label).
    const heading = squash(t('table.title') + t('table.lead', { count: programmes.length }));
    const times = (haystack: string, word: string) => haystack.split(squash(word)).length - 1;
    for (const word of [t('table.compare'), t('table.shortlistTitle'), t('table.filtersTitle'), t('table.reset'), t('table.vtcPage'), t('table.noscript')]) {
      expect(times(text, word), word).toBe(times(heading, word));
    }
    for (const word of chromeWords) expect(text, word).not.toContain(squash(word));
  });

  it('prints a comparison alone, on one sheet, with the VTC’s addresses', async () => {
    const chosen = ['culinary-arts', 'cybersecurity', 'maritime-studies', 'surveying'];
    const { pdf } = await print(tablePath(locale, `?compare=${chosen.join(',')}`));
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize).toEqual(portraitA4);
    const text = squash(pdf.text);
    expect(text).toContain(squash(t('table.compareTitle')));
    for (const id of chosen) expect(text).toContain(squash(programme(id).name[locale]));
    // Not the full table: a programme not compared is not on the sheet.
    expect(text).not.toContain(squash(programme('biomedical-science').name[locale]));
    expect(text).toContain('(https://miao.vtc.edu.hk/nls-admission/programme/higher-diploma/ht114360)');
    expect(text).not.toContain(squash(t('table.compareRemove')));
  });
});
