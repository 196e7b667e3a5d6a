import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageTags, locales, ogLocales } from '../../src/i18n';
import { readProgramme, readSector } from '../support/content';
import { builtPages } from '../support/pages';
import { distDir } from '../support/server';
import { attribute, readPage, type PageFacts } from './html';
import { expectedLang, pageKind, pageLocale, pathOf, siteRoot, urlOf } from './site';

/**
 * Search-engine metadata of every built page (run after `astro build`). Each test walks all pages and
 * lists every page that breaks its rule, so one failure names them all.
 */

let pages: PageFacts[] = [];
let byPath = new Map<string, PageFacts>();
const indexed = () => pages.filter((p) => pageKind(p.path) !== 'notFound');

beforeAll(() => {
  pages = builtPages().map((path) => readPage(distDir, path));
  byPath = new Map(pages.map((p) => [p.path, p]));
});

/** Collects `path: problem` lines; the test expects none. */
function problems(check: (page: PageFacts) => string | string[] | undefined, among = pages): string[] {
  return among.flatMap((page) => [check(page) ?? []].flat().map((problem) => `${page.path}: ${problem}`));
}

const hreflangs = [...locales.map((l) => languageTags[l]), 'x-default'];

it('has built the pages the tests expect (a home, sector and programme page and a 404 in each locale, the 404)', () => {
  const kinds = pages.map((p) => pageKind(p.path));
  expect(kinds.filter((k) => k === 'home')).toHaveLength(3);
  expect(kinds.filter((k) => k === 'sector').length).toBe(13 * 3);
  expect(kinds.filter((k) => k === 'programme').length).toBe(34 * 3);
  expect(kinds).toContain('chooser');
  expect(kinds.filter((k) => k === 'notFound')).toHaveLength(1 + 3);
});

describe('every page', () => {
  // Else a page whose first bytes end inside the header paints it half-built, then shifts it (CLS).
  it('paints nothing before its header is whole: rendering waits for <main id="main"> (rel=expect), which it has', () => {
    expect(
      problems((p) => {
        const waits = p.elements.filter((e) => e.name === 'link' && attribute(e, 'rel') === 'expect');
        if (waits.length !== 1 || attribute(waits[0]!, 'href') !== '#main' || attribute(waits[0]!, 'blocking') !== 'render') {
          return `link rel=expect: ${waits.map((e) => JSON.stringify(e.attributes)).join(', ') || 'none'}`;
        }
        const main = p.elements.filter((e) => attribute(e, 'id') === 'main');
        if (main.length !== 1 || main[0]!.name !== 'main') return `id="main" on ${main.map((e) => e.name).join(', ') || 'nothing'}`;
        // Before the header: the header's own elements come after it in the document.
        return p.elements.indexOf(waits[0]!) > p.elements.findIndex((e) => e.name === 'body') ? 'rel=expect is not in the head' : undefined;
      }),
    ).toEqual([]);
  });

  it('declares <html lang> in the page’s locale', () => {
    expect(problems((p) => (p.lang === expectedLang(p.path) ? undefined : `lang=${p.lang}`))).toEqual([]);
  });

  it('has a title, unique across the site', () => {
    const seen = new Map<string, string>();
    expect(
      problems((p) => {
        if (!p.title) return 'no <title>';
        const other = seen.get(p.title);
        seen.set(p.title, p.path);
        return other ? `title “${p.title}” also on ${other}` : undefined;
      }),
    ).toEqual([]);
  });

  it('has a meta description, unique across the site', () => {
    const seen = new Map<string, string>();
    expect(
      problems((p) => {
        if (!p.description?.trim()) return 'no description';
        const other = seen.get(p.description);
        seen.set(p.description, p.path);
        return other ? `description also on ${other}` : undefined;
      }),
    ).toEqual([]);
  });

  it('has Open Graph and Twitter card tags in its locale, with the build-time image', () => {
    expect(
      problems((p) => {
        const locale = pageLocale(p.path);
        const one = (key: string) => p.meta.get(key)?.[0];
        const out: string[] = [];
        for (const key of ['og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description']) {
          if (!one(key)?.trim()) out.push(`no ${key}`);
        }
        if (one('og:locale') !== ogLocales[locale]) out.push(`og:locale ${one('og:locale')}`);
        const others = locales.filter((l) => l !== locale).map((l) => ogLocales[l]);
        if (String(p.meta.get('og:locale:alternate')) !== String(others)) out.push('og:locale:alternate');
        if (one('twitter:card') !== 'summary_large_image') out.push('twitter:card');
        for (const key of ['og:image', 'twitter:image']) {
          const path = pathOf(one(key) ?? '');
          if (!path || !existsSync(join(distDir, path))) out.push(`${key} ${one(key)} is not a built file`);
        }
        return out;
      }),
    ).toEqual([]);
  });
});

describe('every indexed page', () => {
  it('has one canonical URL: itself, absolute, under SITE_URL', () => {
    expect(
      problems((p) => (String(p.canonicals) === urlOf(p.path) ? undefined : `canonical ${p.canonicals}`), indexed()),
    ).toEqual([]);
  });

  it('has og:url equal to its canonical URL', () => {
    expect(problems((p) => (p.meta.get('og:url')?.[0] === urlOf(p.path) ? undefined : 'og:url'), indexed())).toEqual([]);
  });

  it('has the complete hreflang set: zh-Hans, zh-Hant, en and x-default pointing at the chooser', () => {
    expect(
      problems((p) => {
        const out: string[] = [];
        if (String(p.alternates.map((a) => a.hreflang)) !== String(hreflangs)) {
          out.push(`hreflangs ${p.alternates.map((a) => a.hreflang)}`);
        }
        const xDefault = p.alternates.find((a) => a.hreflang === 'x-default');
        if (xDefault?.href !== siteRoot) out.push(`x-default ${xDefault?.href}`);
        // Self-reference: a locale page names itself under its own language.
        const own = p.alternates.find((a) => a.hreflang === expectedLang(p.path));
        if (pageKind(p.path) !== 'chooser' && own?.href !== urlOf(p.path)) out.push(`own alternate ${own?.href}`);
        return out;
      }, indexed()),
    ).toEqual([]);
  });

  it('has reciprocal hreflang: every alternate is a built page that lists the same set back', () => {
    expect(
      problems((p) =>
        p.alternates
          .filter((a) => a.hreflang !== 'x-default')
          .flatMap((a) => {
            const path = pathOf(a.href);
            const target = path ? byPath.get(path) : undefined;
            if (!target) return [`${a.hreflang} → ${a.href} is not a built page`];
            // The chooser shares its alternates with the home pages, and every page names it as x-default.
            return JSON.stringify(target.alternates) === JSON.stringify(p.alternates)
              ? []
              : [`${a.href} does not list the same alternates back`];
          }),
        indexed(),
      ),
    ).toEqual([]);
  });
});

const notFoundPages = ['/404.html', ...locales.map((l) => `/${l}/404.html`)];

describe('the 404 pages', () => {
  it.each(notFoundPages)('%s is noindex and claims no URL: no canonical, no hreflang, no og:url, no JSON-LD', (path) => {
    const notFound = byPath.get(path);
    expect(notFound?.robots).toBe('noindex');
    expect(notFound?.canonicals).toEqual([]);
    expect(notFound?.alternates).toEqual([]);
    expect(notFound?.meta.has('og:url')).toBe(false);
    expect(notFound?.jsonLd).toEqual([]);
  });

  it('are the only pages that are not to be indexed', () => {
    expect(pages.filter((p) => p.robots?.includes('noindex')).map((p) => p.path).sort()).toEqual([...notFoundPages].sort());
  });
});

describe('the chooser at /', () => {
  it('is x-default and its own canonical', () => {
    const chooser = byPath.get('/');
    expect(chooser?.canonicals).toEqual([siteRoot]);
    expect(chooser?.alternates.map((a) => a.href)).toEqual([...locales.map((l) => `${siteRoot}${l}/`), siteRoot]);
  });
});

describe('programme pages', () => {
  it('name the programme, its sector and VPAS in the title', () => {
    expect(
      problems(
        (p) => {
          const locale = pageLocale(p.path);
          const programme = readProgramme(p.path.split('/')[3]!);
          const sector = readSector(programme.sector);
          const missing = [programme.name[locale], sector.name[locale], 'VPAS'].filter((w) => !p.title.includes(w));
          return missing.length ? `title “${p.title}” lacks ${missing}` : undefined;
        },
        pages.filter((p) => pageKind(p.path) === 'programme'),
      ),
    ).toEqual([]);
  });
});
