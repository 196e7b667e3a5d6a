import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import type { Locale } from '../i18n';
import * as paths from './paths';
const { programmePath, sectorPath, sitePath, switchLocale, homePath, searchPath } = paths;

describe('paths', () => {
  it('builds directory URLs under the base with a trailing slash', () => {
    expect(sitePath()).toBe('/');
    expect(homePath('en')).toBe('/en/');
    expect(programmePath('zh-hans', 'cybersecurity')).toBe('/zh-hans/programmes/cybersecurity/');
    expect(sectorPath('zh-hant', 'maritime')).toBe('/zh-hant/sectors/maritime/');
    expect(sectorPath('zh-hant', 'maritime', 1)).toBe('/zh-hant/sectors/maritime/');
    expect(sectorPath('en', 'maritime', 2)).toBe('/en/sectors/maritime/2/');
    expect(searchPath('en')).toBe('/en/search/');
    expect(paths.careersPath('en')).toBe('/en/careers/');
    expect(paths.checkerPath('zh-hans')).toBe('/zh-hans/eligibility/');
    expect(paths.checkerPath('en', 'cybersecurity')).toBe('/en/eligibility/?programme=cybersecurity');
    expect(paths.brochurePath('zh-hant')).toBe('/zh-hant/brochure/');
    expect(paths.supportPath('en')).toBe('/en/support/');
    expect(paths.programmesPath('zh-hant')).toBe('/zh-hant/programmes/');
    expect(paths.rulesPath('zh-hant')).toBe('/zh-hant/rules/');
    expect(paths.aboutPath('en')).toBe('/en/about/');
    expect(paths.glossaryPath('zh-hans')).toBe('/zh-hans/glossary/');
    expect(paths.glossaryPath('zh-hans', 'programmer')).toBe('/zh-hans/glossary/#programmer');
    expect(paths.faqPath('zh-hans')).toBe('/zh-hans/faq/');
    expect(paths.questionPath('en', 'job-ends')).toBe('/en/faq/#job-ends');
    expect(paths.costsPath('zh-hant')).toBe('/zh-hant/costs/');
  });

  examples('resolves the content link %s in %s', (target: string, locale: Locale) => paths.siteLinkPath(locale, target), [
    ['site:search', 'zh-hans', '/zh-hans/search/'],
    ['site:costs#dates', 'en', '/en/costs/#dates'],
    ['site:faq#job-ends', 'zh-hant', '/zh-hant/faq/#job-ends'],
    ['site:programmes/games-and-animation', 'en', '/en/programmes/games-and-animation/'],
    ['site:', 'en', '/en/'],
  ]);

  it('refuses a content link to no page of the site, naming it', () => {
    expect(() => paths.siteLinkPath('en', 'site:costz')).toThrow(/"site:costz" names no page/);
  });

  it('gives the search island its data file under the base', () => {
    expect(paths.searchCataloguePath('zh-hant')).toBe('/zh-hant/search/catalogue.json');
  });

  it('switches a path given without the base', () => {
    expect(switchLocale('en/careers/', 'zh-hans')).toBe('/zh-hans/careers/');
  });

  examples('switches %s to %s', switchLocale, [
    ['/zh-hans/programmes/cybersecurity/', 'en', '/en/programmes/cybersecurity/'],
    ['/en/', 'zh-hant', '/zh-hant/'],
    ['/zh-hant/sectors/maritime/', 'zh-hans', '/zh-hans/sectors/maritime/'],
    // From the root (the language chooser): still a directory URL, with its slash.
    ['/', 'en', '/en/'],
  ]);
});
