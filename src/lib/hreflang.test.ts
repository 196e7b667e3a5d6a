import { describe, expect, it } from 'vitest';
import { hreflangAlternates } from './hreflang';

const tags = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' };

describe.each([
  { root: 'https://example.org/', label: 'at the host root' },
  { root: 'https://example.org/vpas/', label: 'under a base path' },
])('hreflangAlternates $label', ({ root }) => {
  it('gives a programme page its three locale versions and the chooser as x-default', () => {
    expect(hreflangAlternates(`${root}en/programmes/cybersecurity/`, root, tags)).toEqual([
      { hreflang: 'zh-Hans', href: `${root}zh-hans/programmes/cybersecurity/` },
      { hreflang: 'zh-Hant', href: `${root}zh-hant/programmes/cybersecurity/` },
      { hreflang: 'en', href: `${root}en/programmes/cybersecurity/` },
      { hreflang: 'x-default', href: root },
    ]);
  });

  it('gives the chooser the three home pages and itself as x-default', () => {
    expect(hreflangAlternates(root, root, tags)).toEqual([
      { hreflang: 'zh-Hans', href: `${root}zh-hans/` },
      { hreflang: 'zh-Hant', href: `${root}zh-hant/` },
      { hreflang: 'en', href: `${root}en/` },
      { hreflang: 'x-default', href: root },
    ]);
  });

  it('is reciprocal: every alternate of a page lists the same set', () => {
    for (const page of [root, `${root}zh-hant/`, `${root}zh-hans/sectors/maritime/`]) {
      const set = hreflangAlternates(page, root, tags);
      for (const { hreflang, href } of set) {
        if (hreflang === 'x-default') continue;
        expect(hreflangAlternates(href, root, tags)).toEqual(
          page === root ? hreflangAlternates(`${root}zh-hans/`, root, tags) : set,
        );
      }
    }
  });

  it('gives nothing for a URL outside the locale tree or outside the site', () => {
    expect(hreflangAlternates(`${root}robots.txt`, root, tags)).toEqual([]);
    expect(hreflangAlternates(`${root}404/`, root, tags)).toEqual([]);
    expect(hreflangAlternates('https://elsewhere.example/en/', root, tags)).toEqual([]);
  });

  it('ignores a query or fragment', () => {
    expect(hreflangAlternates(`${root}en/search/?q=chef`, root, tags)[1]).toEqual({
      hreflang: 'zh-Hant',
      href: `${root}zh-hant/search/`,
    });
  });
});

it('accepts a site root written without its trailing slash', () => {
  expect(hreflangAlternates('https://example.org/vpas/en/', 'https://example.org/vpas', tags)[0]?.href).toBe(
    'https://example.org/vpas/zh-hans/',
  );
});
