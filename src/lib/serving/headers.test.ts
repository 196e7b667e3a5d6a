import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { contentSecurityPolicy } from '../csp';
import { cacheControl, cacheKindOf, cacheRules, patternToRegExp, securityHeaders } from './headers';

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
  examples('%s is %s', cacheKindOf, [
    ['_astro/JsonLd.BEqnCoBj.css', 'immutable'],
    ['_astro/Search.astro_astro_type_script_index_0_lang.DA8BF5Jl.js', 'immutable'],
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
  ]);

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
  examples('%s on %s: %s', (pattern: string, path: string) => patternToRegExp(pattern).test(path), [
    ['_astro/*', '_astro/a/b.js', true],
    ['_astro/*', 'x/_astro/a.js', false],
    ['sitemap-*.xml', 'sitemap-0.xml', true],
    ['sitemap-*.xml', 'sitemap-0Xxml', false], // a dot is a dot
    ['robots.txt', 'robots.txt', true],
    ['robots.txt', 'robotsatxt', false],
    ['a+b(c)', 'a+b(c)', true],
  ]);
});
