import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { isPrecompressed, localeNotFoundPages, notFoundPageFor, precompressedEncodings } from './files';

describe('the not-found page for a missing path', () => {
  examples('%s → %s', notFoundPageFor, [
    ['no-such-page/', '404.html'],
    ['', '404.html'],
    ['zh-hans/no-such-page/', 'zh-hans/404.html'],
    ['zh-hant/programmes/none/', 'zh-hant/404.html'],
    ['en/x.css', 'en/404.html'],
    ['en', 'en/404.html'],
    ['english/', '404.html'],
    ['_astro/none.js', '404.html'],
  ]);

  it('exists for every locale, in its folder', () => {
    expect(localeNotFoundPages.map(({ page }) => page)).toEqual(['zh-hans/404.html', 'zh-hant/404.html', 'en/404.html']);
  });
});

describe('precompressed files', () => {
  examples('%s: %s', isPrecompressed, [
    ['en/index.html', true],
    ['_astro/a.css', true],
    ['_astro/a.js', true],
    ['zh-hans/search/catalogue.json', true],
    ['sitemap-0.xml', true],
    ['favicon.svg', true],
    ['robots.txt', true],
    ['og.png', false],
    ['_headers', false],
    ['_nginx.conf', false],
    ['en/index.html.br', false],
    ['en/index.html.gz', false],
  ]);

  it('are brotli first, then gzip', () => {
    expect(precompressedEncodings.map(({ encoding }) => encoding)).toEqual(['br', 'gzip']);
  });
});
