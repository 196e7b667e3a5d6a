import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, readPage, type PageFacts } from './html';
import { buildWith, type AlternateBuild } from '../support/alternate-build';

/**
 * One setting, SITE_URL, decides the site's origin and base path. Build the site for a sub-path of
 * another host into a temporary directory (dist/ is left alone) and check that every absolute URL and
 * every internal link follows it.
 */

const siteUrl = 'https://example.org/vpas/';
let build: AlternateBuild | undefined;
let outDir = '';
let page: PageFacts;
const read = (name: string) => readFileSync(join(outDir, name), 'utf8');

beforeAll(() => {
  build = buildWith({ SITE_URL: siteUrl }, 'vpas-site-url-');
  outDir = build.outDir;
  page = readPage(outDir, '/zh-hant/programmes/cybersecurity/');
}, 120_000);

afterAll(() => build?.remove());

describe(`a build with SITE_URL=${siteUrl}`, () => {
  it('gives canonical, og:url and og:image absolute URLs under the base path', () => {
    expect(page.canonicals).toEqual([`${siteUrl}zh-hant/programmes/cybersecurity/`]);
    expect(page.meta.get('og:url')).toEqual([`${siteUrl}zh-hant/programmes/cybersecurity/`]);
    expect(page.meta.get('og:image')).toEqual([`${siteUrl}og.png`]);
  });

  it('gives hreflang alternates under the base path, x-default at the base itself', () => {
    expect(page.alternates).toEqual([
      { hreflang: 'zh-Hans', href: `${siteUrl}zh-hans/programmes/cybersecurity/` },
      { hreflang: 'zh-Hant', href: `${siteUrl}zh-hant/programmes/cybersecurity/` },
      { hreflang: 'en', href: `${siteUrl}en/programmes/cybersecurity/` },
      { hreflang: 'x-default', href: siteUrl },
    ]);
    expect(readPage(outDir, '/').canonicals).toEqual([siteUrl]);
  });

  it('links, loads styles and icons under the base path', () => {
    const paths = page.elements
      .filter((e) => e.name === 'a' || e.name === 'link' || e.name === 'script')
      .map((e) => attribute(e, 'href') ?? attribute(e, 'src'))
      .filter((u): u is string => !!u && u.startsWith('/'));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((u) => !u.startsWith('/vpas/'))).toEqual([]);
  });

  it('puts the JSON-LD URLs under the base path', () => {
    const urls = page.jsonLd.join('').match(/https:\/\/example\.org[^"]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((u) => !u.startsWith(siteUrl))).toEqual([]);
  });

  it('writes the sitemap and robots.txt with absolute URLs under the base path', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${siteUrl}sitemap-index.xml`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${siteUrl}sitemap-0.xml</loc>`);
    const sitemap = read('sitemap-0.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(siteUrl);
    expect(locs).toContain(`${siteUrl}en/sectors/maritime/`);
    expect(locs.filter((u) => !u?.startsWith(siteUrl))).toEqual([]);
    const hrefs = [...sitemap.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.filter((u) => !u?.startsWith(siteUrl))).toEqual([]);
  });
});
