import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';
import { distDir } from '../support/server';
import { decode, readPage, type PageFacts } from './html';
import { pageKind, siteRoot, urlOf } from './site';

/** sitemap-index.xml, sitemap-0.xml, robots.txt and the link-preview image, as built. */

const read = (name: string) => readFileSync(join(distDir, name), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1] ?? ''));

interface Entry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

let entries: Entry[] = [];
let pages: PageFacts[] = [];

beforeAll(() => {
  pages = builtPages().map((path) => readPage(distDir, path));
  entries = [...read('sitemap-0.xml').matchAll(/<url>(.*?)<\/url>/gs)].map(([, body = '']) => ({
    loc: decode(/<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? ''),
    alternates: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => ({
      hreflang: m[1] ?? '',
      href: decode(m[2] ?? ''),
    })),
  }));
});

describe('the sitemap', () => {
  it('is indexed by sitemap-index.xml under SITE_URL', () => {
    expect(locs(read('sitemap-index.xml'))).toEqual([`${siteRoot}sitemap-0.xml`]);
  });

  it('lists every indexed page once, and neither the 404 nor non-page files', () => {
    const indexed = pages.filter((p) => pageKind(p.path) !== 'notFound').map((p) => urlOf(p.path));
    expect(entries.map((e) => e.loc).sort()).toEqual(indexed.sort());
    expect(entries.some((e) => /404|og\.png|robots\.txt/.test(e.loc))).toBe(false);
  });

  it('gives each URL the same hreflang alternates as the page’s own <link> tags, x-default included', () => {
    const mismatches = entries.filter((entry) => {
      const page = pages.find((p) => urlOf(p.path) === entry.loc);
      return JSON.stringify(entry.alternates) !== JSON.stringify(page?.alternates);
    });
    expect(mismatches.map((e) => e.loc)).toEqual([]);
    expect(entries.find((e) => e.loc === siteRoot)?.alternates.map((a) => a.hreflang)).toEqual(['zh-Hans', 'zh-Hant', 'en', 'x-default']);
  });
});

describe('robots.txt', () => {
  it('allows crawling and points at the sitemap index by absolute URL', () => {
    const lines = read('robots.txt').split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines.filter((l) => /^Disallow:\s*\S/.test(l))).toEqual([]);
    expect(lines).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
  });
});

describe('og.png', () => {
  it('is a 1200 × 630 PNG', async () => {
    const meta = await sharp(join(distDir, 'og.png')).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });
});
