import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cacheControl, securityHeaders } from '../../src/lib/serving/headers';
import { rawGet } from '../support/http';
import { serveWithNginx } from '../support/nginx';
import type { StaticSite } from '../support/server';
import { attribute, readPage, type PageFacts } from './html';
import { alternateBuild, alternatePrecompressed, alternateSettings } from '../support/alternate-build';

/**
 * One setting, SITE_URL, decides the site's origin and base path. Build the site for a sub-path of
 * another host into a temporary directory (dist/ is left alone) and check that every absolute URL and
 * every internal link follows it, and that nginx, with the configuration that build wrote, serves it
 * under that path.
 */

const siteUrl = alternateSettings.SITE_URL;
/** The run's alternate build, for siteUrl (tests/support/alternate-build.ts). */
let outDir = '';
let page: PageFacts;
let nginx: StaticSite | undefined;
const read = (name: string) => readFileSync(join(outDir, name), 'utf8');

beforeAll(async () => {
  outDir = await alternateBuild(inject('runDir'));
  page = readPage(outDir, '/zh-hant/programmes/cybersecurity/');
  nginx = await serveWithNginx(outDir, new URL(siteUrl).pathname);
}, 240_000);

afterAll(async () => {
  await nginx?.close();
});

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

describe(`the ${siteUrl} build, served by nginx under ${new URL(siteUrl).pathname}`, () => {
  const base = new URL(siteUrl).pathname;
  const get = (path: string, headers: Record<string, string> = { 'accept-encoding': 'br' }) => rawGet(nginx!.origin + path, headers);
  const cssOfPage = () => page.elements.filter((e) => e.name === 'link' && attribute(e, 'rel') === 'stylesheet').map((e) => attribute(e, 'href')!);

  // The one page that build precompresses (alternatePrecompressed); tests/serve checks every file of dist/.
  it.each(alternatePrecompressed)('serves a page under the base path, precompressed, with every header (%s)', async (file) => {
    const { status, headers, body } = await get(`${base}${file.replace(/index\.html$/, '')}`);
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(body).toString('utf8')).toBe(read(file));
    for (const [name, value] of securityHeaders) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['cache-control']).toBe(cacheControl.revalidate);
  });

  it('serves the page’s stylesheets and scripts where it links them: hashed ones immutable, the others revalidated', async () => {
    const assets = [...cssOfPage(), ...page.elements.filter((e) => e.name === 'script').map((e) => attribute(e, 'src')).filter((src): src is string => !!src)];
    expect(assets.filter((asset) => asset.startsWith(`${base}_astro/`)).length).toBeGreaterThan(0);
    for (const asset of assets) {
      const { status, headers } = await get(asset);
      expect(status, asset).toBe(200);
      // public/no-script.css (linked inside <noscript>) keeps its name, so it cannot be cached for a year.
      const expected = asset.startsWith(`${base}_astro/`) ? cacheControl.immutable : cacheControl.revalidate;
      expect(headers['cache-control'], asset).toBe(expected);
    }
  });

  it.each([
    ['zh-hant/no-such-page/', 'zh-hant/404.html'],
    ['no-such-page/', '404.html'],
    ['_nginx.conf', '404.html'],
  ])(`answers ${base}%s with 404 and /%s`, async (path, notFound) => {
    const { status, body } = await get(`${base}${path}`, {});
    expect(status).toBe(404);
    expect(body.toString('utf8')).toBe(read(notFound));
  });

  it('leaves the rest of the host alone: outside the base path is not the site', async () => {
    const { status, body } = await get('/zh-hant/', {});
    expect(status).toBe(404);
    expect(body.toString('utf8')).not.toContain('VPAS');
  });
});
