import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { cacheControl, securityHeaders } from './headers';
import { headersFile, netlifyRedirectsFile } from './static-hosts';

/** `_headers` as the hosts read it: each path line, then its indented `Name: value` lines. */
function parseHeaders(text: string): [path: string, headers: Map<string, string>][] {
  const rules: [string, Map<string, string>][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line, new Map()]);
    else {
      const i = line.indexOf(':');
      rules.at(-1)![1].set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
  }
  return rules;
}

const files = [
  'index.html',
  '_astro/a.css',
  'zh-hans/search/catalogue.json',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'robots.txt',
];

describe.each(['/', '/vpas/'])('_headers for the base %s', (base) => {
  const rules = parseHeaders(headersFile(base, files));
  const rule = (path: string) => rules.find(([p]) => p === path)?.[1];

  it('sends every security header on every path, and no Cache-Control there', () => {
    expect(Object.fromEntries(rule('/*') ?? [])).toEqual(Object.fromEntries(securityHeaders));
  });

  it.each([
    ['_astro/*', cacheControl.immutable],
    ['sitemap-index.xml', cacheControl.short],
    ['sitemap-0.xml', cacheControl.short],
    ['robots.txt', cacheControl.short],
  ])(`gives ${base}%s Cache-Control: %s, and nothing else`, (path, value) => {
    expect(Object.fromEntries(rule(base + path) ?? [])).toEqual({ 'Cache-Control': value });
  });

  it('writes patterns with a * inside a name as the files they match, never as patterns', () => {
    expect(rules.map(([path]) => path).filter((path) => /\*./.test(path))).toEqual([]);
  });

  it('has one rule per path, and only the hosts’ defaults for pages (no Cache-Control rule matches them)', () => {
    const paths = rules.map(([path]) => path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(rule(`${base}index.html`)).toBeUndefined();
    expect(rules.filter(([path, headers]) => headers.has('Cache-Control') && (path === '/*' || path === `${base}*`))).toEqual([]);
  });
});

describe('_redirects for Netlify', () => {
  const redirects = (base: string) => netlifyRedirectsFile(base).split('\n').filter((line) => line && !line.startsWith('#'));

  examples('under %s sends each locale’s missing addresses to its not-found page, status 404', redirects, [
    ['/', ['/zh-hans/*  /zh-hans/404.html  404', '/zh-hant/*  /zh-hant/404.html  404', '/en/*  /en/404.html  404']],
    ['/vpas/', ['/vpas/zh-hans/*  /vpas/zh-hans/404.html  404', '/vpas/zh-hant/*  /vpas/zh-hant/404.html  404', '/vpas/en/*  /vpas/en/404.html  404']],
  ]);
});
