import { describe, expect, it } from 'vitest';
import { routeData, type PageDescription } from './route-data';

const site = new URL('https://example.org');
const page: PageDescription = {
  locale: 'en',
  title: 'Cybersecurity',
  metaTitle: 'Cybersecurity Higher Diploma (Innovation and Technology)',
  description: 'A Higher Diploma.',
  breadcrumbs: [{ label: 'Home', href: '/en/' }, { label: 'Innovation and Technology', href: '/en/sectors/innovation-and-technology/' }],
  colour: 'sky',
};
const at = (description: PageDescription, pathname = '/en/programmes/cybersecurity/') => routeData(description, { site, pathname });

describe('routeData', () => {
  it('builds the head once: title, canonical, alternates, preview', () => {
    const { head } = at(page);
    expect(head).toMatchObject({
      lang: 'en',
      title: 'Cybersecurity Higher Diploma (Innovation and Technology) | VPAS',
      shareTitle: 'Cybersecurity Higher Diploma (Innovation and Technology)',
      canonical: 'https://example.org/en/programmes/cybersecurity/',
      ogLocale: 'en_GB',
      ogLocaleAlternates: ['zh_CN', 'zh_HK'],
      image: { url: 'https://example.org/og.png', width: 1200, height: 630 },
      noindex: false,
    });
    expect(head.alternates.map((a) => a.href)).toEqual([
      'https://example.org/zh-hans/programmes/cybersecurity/',
      'https://example.org/zh-hant/programmes/cybersecurity/',
      'https://example.org/en/programmes/cybersecurity/',
      'https://example.org/',
    ]);
    expect(head.policy).toContain("default-src 'self'");
  });

  it('ends the trail with the page itself, and the JSON-LD follows the same trail', () => {
    const route = at(page);
    expect(route.breadcrumbs?.map((c) => c.label)).toEqual(['Home', 'Innovation and Technology', 'Cybersecurity']);
    const graph = route.graph?.['@graph'] as { '@type': string; itemListElement?: unknown[] }[];
    expect(graph.map((node) => node['@type'])).toEqual(['WebPage', 'BreadcrumbList']);
    expect(graph[1]?.itemListElement).toHaveLength(3);
  });

  it('gives a page without a trail none on screen, and only itself in the JSON-LD', () => {
    const route = at({ locale: 'zh-hans', title: '首页', description: '…' }, '/zh-hans/');
    expect(route.breadcrumbs).toBeUndefined();
    const graph = route.graph?.['@graph'] as { '@type': string; itemListElement?: unknown[] }[];
    expect(graph.find((node) => node['@type'] === 'BreadcrumbList')?.itemListElement).toHaveLength(1);
    expect(route.headerSearch).toBe(true);
  });

  it('claims no URL for a page that is not indexed, and sends its language links home', () => {
    const route = at({ ...page, noindex: true }, '/en/404.html');
    expect(route.head).toMatchObject({ canonical: undefined, alternates: [], noindex: true });
    expect(route.graph).toBeUndefined();
    expect(route.languages.map((l) => l.href)).toEqual(['/zh-hans/', '/zh-hant/', '/en/']);
  });

  it('links the same page in every locale, marking the current one', () => {
    expect(at(page).languages).toEqual([
      { locale: 'zh-hans', lang: 'zh-Hans', name: '简体中文', href: '/zh-hans/programmes/cybersecurity/', current: false },
      { locale: 'zh-hant', lang: 'zh-Hant', name: '繁體中文', href: '/zh-hant/programmes/cybersecurity/', current: false },
      { locale: 'en', lang: 'en', name: 'English', href: '/en/programmes/cybersecurity/', current: true },
    ]);
  });

  it('refuses to guess the site', () => {
    expect(() => routeData(page, { site: undefined, pathname: '/en/' })).toThrow(/SITE_URL/);
  });
});
