import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../support/server';
import { builtPages } from '../support/pages';

/** The search index as built in dist/: what is indexed, and what the island is given. */
const html = (path: string) => readFileSync(join(distDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
const locales = ['zh-hans', 'zh-hant', 'en'] as const;

describe('the Pagefind bundle', () => {
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { page_count: number }>;
  };

  it('is Pagefind 1.6.0 with one index per language, each of the 34 programme and 13 sector pages', () => {
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(entry.languages[locale]?.page_count).toBe(47);
  });

  it('ships no ready-made UI (the site uses its own island)', () => {
    const files = readdirSync(join(distDir, 'pagefind'));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    expect(files).toContain('pagefind.js');
  });
});

describe('what is indexed', () => {
  const pages = builtPages().filter((p) => p.endsWith('/'));
  const indexed = pages.filter((p) => html(p).includes('data-pagefind-body'));

  it('only programme and sector pages, each with one hidden entry', () => {
    expect(indexed.every((p) => /^\/(zh-hans|zh-hant|en)\/(programmes|sectors)\/[a-z-]+\/$/.test(p))).toBe(true);
    expect(indexed).toHaveLength(141);
    for (const path of indexed) {
      const blocks = html(path).match(/<div[^>]*data-pagefind-body[^>]*>/g) ?? [];
      expect(blocks, path).toHaveLength(1);
      expect(blocks[0], path).toMatch(/\bhidden\b/);
    }
  });

  it('keeps the header, navigation and footer out', () => {
    for (const path of indexed.slice(0, 10)) {
      const page = html(path);
      const body = page.slice(page.indexOf('data-pagefind-body'));
      const block = body.slice(0, body.indexOf('</div>'));
      expect(block).not.toMatch(/<(nav|header|footer)\b/);
      expect(page).not.toMatch(/<(nav|header|footer)[^>]*data-pagefind-body/);
    }
  });

  it('weights the page’s own name highest, and writes job titles only on sector pages', () => {
    const programme = html('/zh-hans/programmes/software-engineering/');
    const sector = html('/zh-hans/sectors/innovation-and-technology/');
    expect(programme).toMatch(/<p data-pagefind-weight="10">软件 工程 · Software Engineering · 软体 工程/);
    expect(programme.slice(programme.indexOf('data-pagefind-body'))).not.toContain('程序 员');
    expect(sector).toMatch(/<p data-pagefind-weight="6">[^<]*程式 设计 师/);
    expect(sector).toMatch(/<p data-pagefind-weight="5">[^<]*程序 员/);
    expect(sector).toContain('data-pagefind-filter="sector[data-sector]" data-title="创新及科技" data-sector="创新及科技"');
  });

  it('splits Chinese into words on the English pages too (pagefind issue 1184)', () => {
    expect(html('/en/sectors/innovation-and-technology/')).toMatch(/<p data-pagefind-weight="6">[^<]*软件 工程 师/);
  });
});

describe('the island’s catalogue', () => {
  it.each(locales)('names the page of every %s result id, with a table for Traditional queries', (locale) => {
    const file = join(distDir, locale, 'search', 'catalogue.json');
    expect(existsSync(file)).toBe(true);
    const catalogue = JSON.parse(readFileSync(file, 'utf8')) as {
      pages: { url: string }[];
      ids: Record<string, number>;
      simplify: { from: string; to: string };
    };
    expect(catalogue.pages).toHaveLength(47);
    expect(new Set(Object.values(catalogue.ids))).toEqual(new Set(catalogue.pages.map((_, i) => i)));
    const fragments = readdirSync(join(distDir, 'pagefind', 'fragment')).filter((f) => f.startsWith(`${locale}_`));
    expect(fragments.map((f) => f.slice(locale.length + 1, -'.pf_fragment'.length)).sort()).toEqual(Object.keys(catalogue.ids).sort());
    expect(catalogue.simplify.from).toContain('軟');
  });
});
