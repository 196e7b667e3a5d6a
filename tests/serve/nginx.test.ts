import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, securityHeaders, type CacheKind } from '../../src/lib/serving/headers';
import { categoryA, fillIn, submit, words } from '../checker/helpers';
import { fieldLabel, searchFor, shownResults } from '../search/helpers';
import { useBrowser } from '../support';
import { rawGet } from '../support/http';
import { recordNetwork, type Transfer } from '../support/network';
import { serveWithNginx } from '../support/nginx';
import { builtBase, distDir, type StaticSite } from '../support/server';
import { distFiles, distRelative } from '../support/site';

/**
 * dist/ served by nginx with the configuration the build wrote (dist/_nginx.conf), checked through
 * real HTTP: the headers, the precompressed files, the caching and the not-found pages, each as a
 * table; then, in one Chromium page, a repeat visit, the checker and search under the policy nginx
 * sends. One nginx serves every check in this file.
 */

let site: StaticSite;
beforeAll(async () => {
  site = await serveWithNginx(distDir, builtBase());
});
afterAll(async () => {
  await site?.close();
});

const get = (path: string, acceptEncoding?: string, headers: Record<string, string> = {}) =>
  rawGet(site.root + path, acceptEncoding ? { 'accept-encoding': acceptEncoding, ...headers } : headers);
/** The file in dist/ an address serves, or its compressed copy. */
const file = (path: string, suffix = '') => readFileSync(join(distDir, `${path.endsWith('/') || path === '' ? `${path}index.html` : path}${suffix}`));
/** The first built file whose path (under the base) matches: hashed names differ per build. */
const built = (pattern: RegExp) => {
  const found = distFiles('').map((file) => distRelative(file)).find((path) => pattern.test(path));
  if (!found) throw new Error(`no file in dist/ matches ${pattern}`);
  return found;
};

/**
 * Every kind of file the site serves and how long a browser may keep it; a text file also names its
 * type, and has a .br and a .gz copy beside it.
 */
const kinds: { name: string; path: string; cache: CacheKind; text?: { type: string; contentType: string } }[] = [
  { name: 'the language chooser', path: '', cache: 'revalidate' },
  { name: 'a home page', path: 'zh-hans/', cache: 'revalidate' },
  { name: 'a programme page', path: 'en/programmes/cybersecurity/', cache: 'revalidate', text: { type: 'HTML', contentType: 'text/html; charset=utf-8' } },
  { name: 'the stylesheet', path: built(/^_astro\/.*\.css$/), cache: 'immutable', text: { type: 'CSS', contentType: 'text/css; charset=utf-8' } },
  { name: 'a script bundle', path: built(/^_astro\/.*\.js$/), cache: 'immutable', text: { type: 'JavaScript', contentType: 'application/javascript; charset=utf-8' } },
  { name: 'a search catalogue', path: 'zh-hant/search/catalogue.json', cache: 'revalidate', text: { type: 'JSON', contentType: 'application/json; charset=utf-8' } },
  { name: 'the favicon', path: 'favicon.svg', cache: 'revalidate', text: { type: 'SVG', contentType: 'image/svg+xml; charset=utf-8' } },
  { name: 'the link-preview image', path: 'og.png', cache: 'revalidate' },
  { name: 'the sitemap index', path: 'sitemap-index.xml', cache: 'short', text: { type: 'XML', contentType: 'text/xml; charset=utf-8' } },
  { name: 'a sitemap', path: built(/^sitemap-\d+\.xml$/), cache: 'short' },
  { name: 'robots.txt', path: 'robots.txt', cache: 'short', text: { type: 'text', contentType: 'text/plain; charset=utf-8' } },
];
/** The text files, by type, for the precompression checks. */
const texts = kinds.flatMap(({ path, text }) => (text ? [{ path, ...text }] : []));

function expectSecurityHeaders(headers: Record<string, unknown>) {
  for (const [name, value] of securityHeaders) expect(headers[name.toLowerCase()], name).toBe(value);
}

describe('every kind of file, served by nginx', () => {
  it.for(kinds)('$name (/$path): 200, every security header, Cache-Control for $cache files', async ({ path, cache }) => {
    const { status, headers } = await get(path, 'br, gzip');
    expect(status).toBe(200);
    expectSecurityHeaders(headers);
    expect(headers['cache-control']).toBe(cacheControl[cache]);
    expect(headers.etag).toBeTruthy();
  });

  it.for(kinds.filter((k) => k.cache === 'revalidate'))('$name: revalidates with its ETag, 304 and no body', async ({ path }) => {
    const first = await get(path, 'br, gzip');
    const again = await get(path, 'br, gzip', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expectSecurityHeaders(again.headers);
  });
});


const encodings = [
  { accept: 'gzip, deflate, br, zstd', sent: 'br', suffix: '.br', decode: brotliDecompressSync },
  { accept: 'gzip', sent: 'gzip', suffix: '.gz', decode: gunzipSync },
  { accept: 'identity', sent: undefined, suffix: '', decode: (b: Buffer) => b },
  { accept: undefined, sent: undefined, suffix: '', decode: (b: Buffer) => b },
] as const;

describe('precompressed text, chosen by Accept-Encoding', () => {
  describe.for(texts)('$type (/$path)', ({ path, contentType }) => {
    it.for(encodings)('Accept-Encoding: $accept → Content-Encoding: $sent, the file as written, Vary', async ({ accept, sent, suffix, decode }) => {
      const { headers, body } = await get(path, accept);
      expect(headers['content-encoding']).toBe(sent);
      expect(headers['content-type']).toBe(contentType);
      expect(headers.vary).toBe('Accept-Encoding');
      // The very bytes the build wrote (nothing compressed per request), and they decode to the page.
      expect(body.equals(file(path, suffix))).toBe(true);
      expect(decode(body).equals(file(path))).toBe(true);
      expect(Number(headers['content-length'])).toBe(body.length);
    });
  });
});

/** Missing addresses: the page that answers, always with status 404. */
const missing: { address: string; page: string; why: string }[] = [
  { address: 'no-such-page/', page: '404.html', why: 'outside the locales: the three-language page' },
  { address: 'zh-hans/no-such-page/', page: 'zh-hans/404.html', why: 'under zh-hans' },
  { address: 'zh-hant/programmes/no-such-programme/', page: 'zh-hant/404.html', why: 'deep under zh-hant' },
  { address: 'en/sectors/', page: 'en/404.html', why: 'a folder with no page of its own' },
  { address: 'en/no-such-file.css', page: 'en/404.html', why: 'a missing file under en' },
  { address: 'en/404.html', page: 'en/404.html', why: 'a not-found page asked for by name' },
  { address: '404.html', page: '404.html', why: 'the three-language page asked for by name' },
  { address: '_nginx.conf', page: '404.html', why: 'the server’s own configuration' },
  { address: '_headers', page: '404.html', why: 'the static hosts’ configuration' },
  { address: '_astro/no-such-bundle.js', page: '404.html', why: 'a missing immutable file' },
];

describe('not found, per language', () => {
  it.for(missing)('/$address ($why): 404 with /$page, its headers, precompressed', async ({ address, page }) => {
    const plain = await get(address);
    expect(plain.status).toBe(404);
    expect(plain.body.equals(file(page))).toBe(true);
    expectSecurityHeaders(plain.headers);
    // Never kept: a file missing today (even where an immutable one would be) may exist tomorrow.
    expect(plain.headers['cache-control']).toBe(cacheControl.revalidate);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    const br = await get(address, 'br');
    expect(br.status).toBe(404);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(file(page))).toBe(true);
  });

  it('redirects a folder asked for without its slash, on the same host', async () => {
    const { status, headers } = await get('en');
    expect(status).toBe(301);
    expect(headers.location).toBe(`${builtBase()}en/`);
  });
});

describe('in Chromium, under the policy nginx sends', () => {
  // The run's Chromium; one page with its cache on throughout (tests/support/visit.ts's recorder
  // routes every request, which turns the cache off, so this file listens for itself).
  const { newPage } = useBrowser();
  let page: Page;
  let network: Awaited<ReturnType<typeof recordNetwork>>;
  /** CSP violations, console errors, script errors and failed requests: the page must have none. */
  const problems: string[] = [];
  const notFoundAddress = 'zh-hant/no-such-page/';

  beforeAll(async () => {
    page = await newPage();
    network = await recordNetwork(page);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    });
    page.on('console', (message) => {
      // Chromium logs the 404 of a not-found page's own address as an error: that one is expected.
      if (message.location().url === site.root + notFoundAddress && /status of 404/.test(message.text())) return;
      if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  });

  /** What came from the server with a body: not from the cache, not a 304. */
  const downloads = (transfers: Transfer[]) => transfers.filter((t) => !t.fromCache && t.status === 200).map((t) => t.url);
  const visit = async (path: string) => {
    const response = await page.goto(site.root + path, { waitUntil: 'networkidle' });
    return { status: response?.status(), transfers: network.take() };
  };

  it('a first visit downloads the page and its assets', async () => {
    const { status, transfers } = await visit('en/programmes/cybersecurity/');
    expect(status).toBe(200);
    expect(downloads(transfers)).toContain(`${site.root}${built(/^_astro\/.*\.css$/)}`);
  });

  it.for([
    { visit: 'the same page again', path: 'en/programmes/cybersecurity/', downloaded: [] },
    { visit: 'another page', path: 'en/programmes/software-engineering/', downloaded: ['en/programmes/software-engineering/'] },
  ])('a repeat visit to $visit downloads no asset it already has (only a 304 for what revalidates)', async ({ path, downloaded }) => {
    const { transfers } = await visit(path);
    expect(downloads(transfers)).toEqual(downloaded.map((p) => site.root + p));
    // Content-hashed assets without even asking; the rest asked, and answered 304 with no body.
    const assets = transfers.filter((t) => t.url.includes('/_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((t) => !t.fromCache)).toEqual([]);
  });

  it('the checker answers a student', async () => {
    await visit('zh-hans/eligibility/');
    await fillIn(page, 'zh-hans', categoryA);
    await submit(page, 'zh-hans');
    await page.getByRole('heading', { level: 2, name: words('zh-hans')('checker.result.category-a.title') }).waitFor();
    // The result then loads the QR library and draws its address: leaving before that aborts the
    // library's request, which the last test would count as failed.
    await page.locator('[data-qr] svg').waitFor();
  });

  it('search finds programmes for a job title', async () => {
    await visit('zh-hans/search/');
    await searchFor(page, fieldLabel['zh-hans'], '工程师');
    expect((await shownResults(page)).length).toBeGreaterThan(0);
  });

  it('a locale’s not-found page loads with status 404', async () => {
    expect((await visit(notFoundAddress)).status).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
  });

  it('with no CSP violation, console error or failed request on the way', () => {
    expect(problems).toEqual([]);
  });
});
