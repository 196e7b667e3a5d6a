import type { Page } from 'playwright-core';
import { dictionaries, format, intlTags, type Locale, type MessageKey } from '../../src/i18n';
import { readProgrammes, readSectors, type ProgrammeFile } from '../support/content';

/**
 * The programmes table as its tests read it: the content it must show (from the YAML files, not
 * from the page), the page's words in each locale, and the table's rows as the reader sees them.
 */
export const locales: Locale[] = ['zh-hans', 'zh-hant', 'en'];

export const words = (locale: Locale) => (key: MessageKey, values?: Record<string, string | number>) =>
  values ? format(dictionaries[locale][key], values) : dictionaries[locale][key];

export const tablePath = (locale: Locale, query = '') => `/${locale}/programmes/${query}`;

const sectors = readSectors();
const sectorOrder = new Map(sectors.map((s) => [s.id, s.order]));

/** Every programme in the brochure's order: by sector, then by its position in the sector. */
export const programmes: ProgrammeFile[] = readProgrammes().sort(
  (a, b) => (sectorOrder.get(a.sector) ?? 0) - (sectorOrder.get(b.sector) ?? 0) || a.order - b.order,
);

export const programme = (id: string): ProgrammeFile => {
  const found = programmes.find((p) => p.id === id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
};

export const sectorName = (id: string, locale: Locale) => sectors.find((s) => s.id === id)?.name[locale] ?? id;

/** Names in the reader's collation, as the island sorts them. */
export const collated = (names: string[], locale: Locale) => [...names].sort(new Intl.Collator(intlTags[locale]).compare);

/** The ids of the rows shown, top to bottom. */
export const shownIds = (page: Page) =>
  page.locator('[data-programme-table] tbody tr[data-id]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id ?? ''));

/** The names of the rows shown, top to bottom, as their links read. */
export const shownNames = (page: Page) =>
  page.locator('[data-programme-table] tbody tr[data-id]:visible [data-cell="name"] a').allTextContents();

/** Waits for the island to have taken over the page (its sort buttons exist). */
export const ready = (page: Page) => page.locator('[data-programme-table] thead button').first().waitFor();

/** The programmes the comparison shows, left to right, by their links' addresses. */
export const comparedIds = (page: Page) =>
  page
    .locator('[data-compare-head] th a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2) ?? ''));
