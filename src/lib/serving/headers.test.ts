import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../csp';
import { cacheControl, cacheKindOf, cacheRules, patternToRegExp, securityHeaders, type CacheKind } from './headers';

const header = (name: string) => securityHeaders.find(([n]) => n === name)?.[1];

describe('the security headers', () => {
  it('carry the Content-Security-Policy of src/lib/csp.ts, header form (with frame-ancestors)', () => {
    expect(header('Content-Security-Policy')).toBe(contentSecurityPolicy('header'));
  });

  it.each([
    ['Strict-Transport-Security', /^max-age=\d{7,}$/], // no includeSubDomains: the host may not be ours
    ['X-Content-Type-Options', /^nosniff$/],
    ['X-Frame-Options', /^DENY$/],
    ['Referrer-Policy', /^strict-origin-when-cross-origin$/],
    ['Permissions-Policy', /camera=\(\).*microphone=\(\).*geolocation=\(\)/],
    ['Cross-Origin-Opener-Policy', /^same-origin$/],
  ])('set %s', (name, value) => {
    expect(header(name)).toMatch(value);
  });

  it('name each header once', () => {
    const names = securityHeaders.map(([name]) => name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('caching', () => {
  it.each<[string, CacheKind]>([
    ['_astro/JsonLd.BEqnCoBj.css', 'immutable'],
    ['_astro/Search.astro_astro_type_script_index_0_lang.DA8BF5Jl.js', 'immutable'],
    ['pagefind/fragment/en_102e6ca.pf_fragment', 'immutable'],
    ['pagefind/index/zh-hans_2d8ae98.pf_index', 'immutable'],
    ['pagefind/filter/en_98fd423.pf_filter', 'immutable'],
    ['pagefind/pagefind.zh-hant_318a96aba13256a.pf_meta', 'immutable'],
    ['pagefind/pagefind.js', 'revalidate'],
    ['pagefind/pagefind-worker.js', 'revalidate'],
    ['pagefind/pagefind-entry.json', 'revalidate'],
    ['pagefind/wasm.en.pagefind', 'revalidate'], // named by language, not by content
    ['en/search/catalogue.json', 'revalidate'],
    ['en/programmes/cybersecurity/index.html', 'revalidate'],
    ['index.html', 'revalidate'],
    ['favicon.svg', 'revalidate'],
    ['og.png', 'revalidate'],
    ['sitemap-index.xml', 'short'],
    ['sitemap-0.xml', 'short'],
    ['robots.txt', 'short'],
    ['en/robots.txt', 'revalidate'], // patterns are anchored at the base
    ['x_astro/y.js', 'revalidate'],
  ])('%s is %s', (path, kind) => {
    expect(cacheKindOf(path)).toBe(kind);
  });

  it('keeps hashed files a year, immutable, and has every other file checked', () => {
    expect(cacheControl.immutable).toBe('public, max-age=31536000, immutable');
    expect(cacheControl.revalidate).toBe('no-cache');
    expect(cacheControl.short).toMatch(/^public, max-age=\d+$/);
  });

  it('gives no path two kinds', () => {
    const all = cacheRules.flatMap(({ paths }) => paths);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('path patterns', () => {
  it.each([
    ['_astro/*', '_astro/a/b.js', true],
    ['_astro/*', 'x/_astro/a.js', false],
    ['pagefind/pagefind.*.pf_meta', 'pagefind/pagefind.en_1.pf_meta', true],
    ['pagefind/pagefind.*.pf_meta', 'pagefind/pagefindXen_1.pf_meta', false], // a dot is a dot
    ['robots.txt', 'robots.txt', true],
    ['robots.txt', 'robotsatxt', false],
    ['a+b(c)', 'a+b(c)', true],
  ])('%s on %s: %s', (pattern, path, matches) => {
    expect(patternToRegExp(pattern).test(path)).toBe(matches);
  });
});
