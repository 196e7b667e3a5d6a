import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from '../support/server';
import { builtPages } from '../support/pages';
import type { SearchCatalogue } from '../../src/lib/search/contract';
import { realNameCatalogue } from '../../src/lib/search/testing';

/** The search as built in dist/: each locale's catalogue, and nothing else the search needs. */
const locales = ['zh-hans', 'zh-hant', 'en'] as const;
const file = (locale: string) => join(distDir, locale, 'search', 'catalogue.json');
const read = (locale: string) => JSON.parse(readFileSync(file(locale), 'utf8')) as SearchCatalogue;

describe.each(locales)('the %s search catalogue', (locale) => {
  const catalogue = read(locale);

  it('lists each of the 34 programme and 13 sector pages once, at an address the site built', () => {
    expect(catalogue.pages).toHaveLength(47);
    const pages = new Set(builtPages());
    for (const page of catalogue.pages) expect(pages.has(page.url), page.url).toBe(true);
    expect(new Set(catalogue.pages.map((p) => p.url)).size).toBe(47);
  });

  it('holds the words of all 13 sectors, every job title with its best fit', () => {
    expect(Object.keys(catalogue.details).sort()).toEqual(catalogue.sectors.map((s) => s.id).sort());
    const titles = Object.values(catalogue.details).reduce((n, d) => n + d.jobs.length, 0);
    expect(titles).toBe(101); // the brochure's 101 titles, per sector (助理工程师 is in three)
    for (const detail of Object.values(catalogue.details)) for (const job of detail.jobs) expect(job.best.length).toBeGreaterThan(0);
  });

  it('holds the questions page’s questions, text only, in page order (issue 12)', () => {
    const faq = readFileSync(join(distDir, locale, 'faq', 'index.html'), 'utf8');
    const anchors = [...faq.matchAll(/<section id="([a-z0-9-]+)"[^>]*data-question=/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThanOrEqual(24);
    expect(catalogue.questions?.map((q) => q.id)).toEqual(anchors);
    for (const question of catalogue.questions ?? []) expect(Object.keys(question).sort()).toEqual(['id', 'title']);
  });

  it('has a table for Traditional queries and the vocabulary for misspelt words', () => {
    expect(catalogue.simplify.from).toContain('軟');
    expect(catalogue.vocabulary.length).toBeGreaterThan(500);
  });

  it('is small enough for a first query on a phone (under 40 KB gzipped; the bench has the figures)', () => {
    expect(gzipSync(readFileSync(file(locale)), { level: 9 }).length).toBeLessThan(40_000);
  });
});

describe('the O*NET credit (CC BY 4.0)', () => {
  // Derived from the content: shown as soon as one alias records words from O*NET, and only then.
  const usesOnet = realNameCatalogue().catalogue.aliasOrigins.includes('onet');
  const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');

  it.each(locales.flatMap((l) => [`${l}/careers`, `${l}/search`]))('%s credits O*NET exactly when an alias comes from it', (path) => {
    const html = page(path);
    expect(html.includes('data-credit="onet"')).toBe(usesOnet);
    if (usesOnet) expect(html).toContain('https://creativecommons.org/licenses/by/4.0/');
  });

  it('is not on other pages', () => {
    expect(page('en')).not.toContain('data-credit="onet"');
  });
});

describe('no search index beside the catalogue', () => {
  it('builds no Pagefind bundle and no hidden index block in any page', () => {
    expect(existsSync(join(distDir, 'pagefind'))).toBe(false);
    const page = readFileSync(join(distDir, 'zh-hans', 'programmes', 'software-engineering', 'index.html'), 'utf8');
    expect(page).not.toMatch(/data-pagefind/);
  });
});
