import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support';
import { collated, comparedIds, locales, programme, programmes, ready, sectorName, shownIds, shownNames, tablePath, words } from './helpers';

/**
 * The programmes table in Chromium against the built site (issue 14): filters, sorting and the
 * comparison, each kept in the address (a shared link shows the same view, Back undoes a change),
 * by mouse and by keyboard, and axe on every state.
 */
const { site, newPage } = useBrowser();

async function open(path: string, width = 1280): Promise<Page> {
  const page = await newPage({ viewport: { width, height: 900 } });
  await page.goto(site.origin + path);
  await ready(page);
  return page;
}

const query = (page: Page) => new URL(page.url()).search;
const status = (page: Page) => page.locator('[data-table-status]').innerText();
const allIds = programmes.map((p) => p.id);
/** A programme's classes as the content lists them: each with its language, else its one code with none stated. */
const classes = (p: (typeof programmes)[number]) =>
  p.mediumOfInstruction?.length ? p.mediumOfInstruction : p.official?.code ? [{ code: p.official.code, medium: 'not-stated' }] : [];

// A locale's tests run a few at a time (describe.concurrent): each opens its own page and mostly waits on Chromium.
describe.concurrent.each(locales)('in %s', (locale) => {
  const t = words(locale);

  it('filters by sector and by institution, says how many it shows, and keeps the filters in the address', async () => {
    const page = await open(tablePath(locale));
    expect(await shownIds(page)).toEqual(allIds);
    expect(await status(page)).toBe(t('table.countAll', { total: 34 }));

    await page.getByLabel(t('programme.sector')).selectOption({ label: sectorName('innovation-and-technology', locale) });
    const inSector = programmes.filter((p) => p.sector === 'innovation-and-technology').map((p) => p.id);
    expect(await shownIds(page)).toEqual(inSector);
    expect(await status(page)).toBe(t('table.count', { shown: inSector.length, total: 34 }));
    expect(query(page)).toBe('?sector=innovation-and-technology');

    const hkiit = programmes.filter((p) => p.official?.institution?.en.endsWith('(HKIIT)'));
    await page.getByLabel(t('programme.institution')).selectOption('hkiit');
    expect(await shownIds(page)).toEqual(hkiit.filter((p) => p.sector === 'innovation-and-technology').map((p) => p.id));
    expect(query(page)).toBe('?sector=innovation-and-technology&institution=hkiit');

    // Programmes no official page gives an institution for have a choice of their own.
    await page.getByLabel(t('programme.institution')).selectOption({ label: t('table.unknownInstitution') });
    expect(await shownIds(page)).toEqual(inSector.filter((id) => !programme(id).official?.institution));

    // No match: the table says so, in a row of its own, and the status too.
    await page.getByLabel(t('programme.sector')).selectOption('hospitality-and-tourism');
    await page.getByLabel(t('programme.institution')).selectOption('hkiit');
    expect(await shownIds(page)).toEqual([]);
    expect(await status(page)).toBe(t('table.countNone'));
    await expect(page.getByRole('cell', { name: t('table.countNone') }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: t('table.reset') }).click();
    expect(await shownIds(page)).toEqual(allIds);
    expect(query(page)).toBe('');
    await page.close();
  });

  it('filters by language of teaching: a programme with a class the VTC states in that language, or none stated', async () => {
    const page = await open(tablePath(locale));
    const taughtIn = (medium: string) => programmes.filter((p) => (classes(p).length ? classes(p).some((c) => c.medium === medium) : medium === 'not-stated')).map((p) => p.id);
    for (const [medium, key] of [['cantonese', 'medium.cantonese'], ['putonghua', 'medium.putonghua'], ['not-stated', 'medium.notStated']] as const) {
      expect(taughtIn(medium).length, medium).toBeGreaterThan(0);
      await page.getByLabel(t('medium.label')).selectOption({ label: t(key) });
      expect(await shownIds(page), medium).toEqual(taughtIn(medium));
      expect(query(page)).toBe(`?language=${medium}`);
    }
    // Each class's cell gives its code and its language as the content states it.
    await page.getByLabel(t('medium.label')).selectOption('cantonese');
    for (const id of taughtIn('cantonese')) {
      const cell = page.locator(`tr[data-id="${id}"] [data-cell="code"]`);
      for (const c of programme(id).mediumOfInstruction ?? []) {
        await expect(cell.locator(`li[data-code="${c.code}"]`).innerText(), c.code).resolves.toContain(t(c.medium === 'cantonese' ? 'medium.cantonese' : c.medium === 'putonghua' ? 'medium.putonghua' : 'medium.notStated'));
      }
    }
    await page.close();
  });

  it('sorts by a column from its header, both ways, with aria-sort on that header only', async () => {
    const page = await open(tablePath(locale));
    const header = (label: string) => page.getByRole('columnheader', { name: label, exact: true });
    const names = programmes.map((p) => p.name[locale]);

    await header(t('table.programme')).getByRole('button').click();
    expect(await shownNames(page)).toEqual(collated(names, locale));
    await expect(header(t('table.programme')).getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(query(page)).toBe('?sort=name');

    await header(t('table.programme')).getByRole('button').click();
    expect(await shownNames(page)).toEqual(collated(names, locale).reverse());
    await expect(header(t('table.programme')).getAttribute('aria-sort')).resolves.toBe('descending');
    expect(query(page)).toBe('?sort=name&dir=desc');

    // By code: the known codes in order, then the programmes without one, in the brochure's order.
    await header(t('table.codes')).getByRole('button').click();
    const firstCode = (p: (typeof programmes)[number]) => classes(p)[0]?.code ?? '';
    const withCode = programmes.filter((p) => firstCode(p));
    expect(await shownIds(page)).toEqual([
      ...withCode.sort((a, b) => firstCode(a).localeCompare(firstCode(b))).map((p) => p.id),
      ...programmes.filter((p) => !firstCode(p)).map((p) => p.id),
    ]);
    await expect(header(t('table.programme')).getAttribute('aria-sort')).resolves.toBe(null);
    await expect(page.locator('th[aria-sort]').count()).resolves.toBe(1);

    // Sorting keeps the filter, and the other way round.
    await page.getByLabel(t('programme.sector')).selectOption('healthcare');
    expect(query(page)).toBe('?sector=healthcare&sort=code');
    expect(await shownIds(page)).toEqual(['rehabilitation-services']);
    await page.close();
  });

  it('compares up to four programmes side by side, from the table or from a shared link', async () => {
    const page = await open(tablePath(locale));
    const compareBox = (id: string) => page.getByRole('checkbox', { name: `${t('table.compare')} ${programme(id).name[locale]}` });
    const chosen = ['culinary-arts', 'cybersecurity', 'maritime-studies', 'biomedical-science'];
    for (const id of chosen) await compareBox(id).check();
    expect(query(page)).toBe(`?compare=${chosen.join(',')}`);
    expect(await comparedIds(page)).toEqual(chosen);
    const comparison = page.getByRole('table', { name: t('table.compareCaption') });
    // One row per column of the table, each naming its column; each cell as the table has it.
    await expect(comparison.getByRole('rowheader').allTextContents()).resolves.toEqual([
      t('programme.sector'),
      t('programme.institution'),
      t('table.codes'),
      t('programme.intakes'),
    ]);
    const sectorRow = comparison.getByRole('row', { name: t('programme.sector') });
    await expect(sectorRow.getByRole('cell').allInnerTexts()).resolves.toEqual(chosen.map((id) => sectorName(programme(id).sector, locale)));

    // A fifth is refused, and the reader is told why; the four stay.
    const fifth = compareBox('surveying');
    await fifth.click();
    await expect(fifth.isChecked()).resolves.toBe(false);
    await page.locator('[data-table-announce]', { hasText: t('table.compareFull', { limit: 4 }) }).waitFor();
    expect(await comparedIds(page)).toEqual(chosen);

    // Take one out from the comparison itself: focus goes to the comparison's heading.
    await comparison.getByRole('button', { name: `${t('table.compareRemove')} ${programme('maritime-studies').name[locale]}` }).click();
    expect(await comparedIds(page)).toEqual(['culinary-arts', 'cybersecurity', 'biomedical-science']);
    await expect(compareBox('maritime-studies').isChecked()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-title');

    // The address is the comparison: a new tab opening it shows the same.
    const shared = await open(tablePath(locale) + query(page));
    expect(await comparedIds(shared)).toEqual(['culinary-arts', 'cybersecurity', 'biomedical-science']);
    await shared.close();

    await page.getByRole('button', { name: t('table.compareStop') }).click();
    await expect(page.getByRole('heading', { name: t('table.compareTitle'), exact: true }).isVisible()).resolves.toBe(false);
    expect(query(page)).toBe('');
    await page.close();
  });

  // Every state, at phone and desktop widths: one page each, so a slow machine times out no test.
  it.each([390, 1280].flatMap((width) => [
    [width, ''],
    [width, '?sector=healthcare&language=cantonese&sort=name&dir=desc'],
    [width, '?sector=hospitality-and-tourism&institution=hkiit'], // no match
    [width, '?compare=culinary-arts'],
    [width, '?compare=culinary-arts,cybersecurity,maritime-studies,biomedical-science&sort=intakes'],
  ] as const))('is axe-clean at %i px in the state “%s”', async (width, state) => {
    const page = await open(tablePath(locale, state), width);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the address', () => {
  it('is a history: Back and Forward step through the reader’s changes', async () => {
    const page = await open(tablePath('en'));
    await page.getByLabel('Sector').selectOption('maritime');
    await page.getByRole('columnheader', { name: 'Programme', exact: true }).getByRole('button').click();
    await page.getByRole('checkbox', { name: 'Compare Maritime Studies' }).check();
    expect(query(page)).toBe('?sector=maritime&sort=name&compare=maritime-studies');

    await page.goBack();
    expect(query(page)).toBe('?sector=maritime&sort=name');
    await expect(page.getByRole('heading', { name: 'Side by side', exact: true }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Compare Maritime Studies' }).isChecked()).resolves.toBe(false);
    await page.goBack();
    expect(query(page)).toBe('?sector=maritime');
    await expect(page.getByRole('columnheader', { name: 'Programme', exact: true }).getAttribute('aria-sort')).resolves.toBe(null);
    await page.goBack();
    expect(query(page)).toBe('');
    expect(await shownIds(page)).toEqual(allIds);
    await expect(page.getByLabel('Sector').inputValue()).resolves.toBe('');

    await page.goForward();
    expect(await shownIds(page)).toEqual(['maritime-studies']);
    await expect(page.getByLabel('Sector').inputValue()).resolves.toBe('maritime');
    await page.close();
  });

  it('drops what the page does not know, and shows the address of what it shows', async () => {
    const page = await open(tablePath('en', '?sector=space&sort=fee&compare=cybersecurity,nothing,cybersecurity&language=klingon'));
    expect(query(page)).toBe('?compare=cybersecurity');
    expect(await comparedIds(page)).toEqual(['cybersecurity']);
    expect(await shownIds(page)).toEqual(allIds);
    await page.close();
  });
});

describe('by keyboard alone', () => {
  it('sorts, filters and compares, with focus always visible', async () => {
    const page = await open(tablePath('en'));
    // page.url() follows pushState a moment later than a key press returns: poll it.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent?.trim() ?? '', label: el.getAttribute('aria-labelledby'), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });

    await page.getByLabel('Sector').focus();
    await page.keyboard.press('ArrowDown'); // the first sector, chosen at once
    await expect.poll(() => query(page)).toMatch(/^\?sector=/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => query(page)).toBe('');

    // Tab from the reset button through the table's header to the first sort button.
    await page.getByRole('button', { name: 'Show all, in the brochure’s order' }).focus();
    for (let i = 0; i < 10 && (await focused()).text !== 'Programme'; i++) await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Programme');
    expect((await focused()).outline).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page)).toBe('?sort=name');

    // On to the first row's "Compare" box: Space ticks it.
    for (let i = 0; i < 10 && (await focused()).label !== 'compare-aircraft-maintenance-engineering name-aircraft-maintenance-engineering'; i++) {
      await page.keyboard.press('Tab');
    }
    expect((await focused()).outline).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => query(page)).toBe('?sort=name&compare=aircraft-maintenance-engineering');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it.each(locales)('%s: the whole table, in the brochure’s order, says what needs script and shows no dead control', async (locale) => {
    const t = words(locale);
    const page = await newPage({ javaScriptEnabled: false });
    // A shared comparison link: without script it is the full table, and the page says so.
    await page.goto(site.origin + tablePath(locale, '?compare=cybersecurity,culinary-arts'));
    expect(await shownIds(page)).toEqual(allIds);
    const first = programmes[0]!;
    const row = page.getByRole('row', { name: new RegExp(`^${first.name[locale]}`) });
    await expect(row.getByRole('cell').first().innerText()).resolves.toBe(sectorName(first.sector, locale));
    await expect(page.locator('p', { hasText: t('table.noscript') }).isVisible()).resolves.toBe(true);
    for (const name of [t('table.compare'), t('table.shortlist'), t('table.reset'), t('print.button')]) {
      await expect(page.getByText(name, { exact: true }).first().isVisible(), name).resolves.toBe(false);
    }
    await expect(page.getByRole('heading', { name: t('table.compareTitle'), exact: true }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: t('table.shortlistTitle'), exact: true }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  // axe needs script; blocking only the island's bundle shows it the page as a reader without script sees it.
  it('is axe-clean without the island', async () => {
    const page = await newPage();
    await page.route(/ProgrammeTable\.astro.*\.js$/, (route) => route.abort());
    await page.goto(site.origin + tablePath('zh-hans'));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
