import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dictionaries, formatDate, languageTags, locales, type Locale } from '../../src/i18n';
import { buildDate } from '../../src/lib/build-date';
import { isStale, siteInformationAsOf, sourceUrl } from '../../src/lib/sources';
import { alternateBuild, alternateSettings } from '../support/alternate-build';
import { distFiles, distRelative } from '../support/site';

/**
 * A site about immigration rules must not go stale silently: a build made more than 12 months after
 * the site's "information as of" date shows, on every page, a notice that the information may be out
 * of date, with the links to ImmD and the VTC. Proved with a build whose clock VPAS_BUILD_DATE moves
 * to the first day that counts as stale; the everyday dist/ shows it exactly when its day does.
 */
const firstStaleDay = alternateSettings.VPAS_BUILD_DATE;
/** The run's alternate build, whose clock says firstStaleDay (tests/support/alternate-build.ts). */
let movedDir = '';

beforeAll(async () => {
  movedDir = await alternateBuild(inject('runDir'));
}, 240_000);

const localeOf = (path: string): Locale | undefined => locales.find((l) => path.startsWith(`${l}/`));

/** The notices in a page: the locale each is in, and the addresses it links to. */
function notices(file: string): { locale: string; text: string; links: string[] }[] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<aside[^>]*data-stale-notice[^>]*lang="([^"]+)"[^>]*>([\s\S]*?)<\/aside>|<aside[^>]*lang="([^"]+)"[^>]*data-stale-notice[^>]*>([\s\S]*?)<\/aside>/g)].map((m) => ({
    locale: m[1] ?? m[3] ?? '',
    text: (m[2] ?? m[4] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
    links: [...(m[2] ?? m[4] ?? '').matchAll(/href="([^"]+)"/g)].map((l) => l[1]!.replace(/&amp;/g, '&')),
  }));
}

describe(`a build on ${firstStaleDay}, 12 months and a day after the information as of ${siteInformationAsOf}`, () => {
  it('is a day the notice is due, and the day before is not', () => {
    expect(isStale(siteInformationAsOf, firstStaleDay)).toBe(true);
    expect(isStale(siteInformationAsOf, '2026-12-31')).toBe(false);
  });

  it('shows the notice, in the page’s language, with ImmD’s and the VTC’s pages, on every page', () => {
    const files = distFiles('.html', movedDir);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => {
      const path = distRelative(file, movedDir);
      // The language chooser (and the 404) speak every language or zh-Hans first.
      const wanted: Locale[] = path === 'index.html' ? [...locales] : [localeOf(path) ?? 'zh-hans'];
      const found = notices(file);
      return wanted.flatMap((locale) => {
        const notice = found.find((n) => n.locale === languageTags[locale]);
        if (!notice) return [`${path}: no notice in ${locale}`];
        const t = dictionaries[locale];
        const out: string[] = [];
        if (!notice.text.includes(t['stale.title'])) out.push(`${path}: notice without its title`);
        if (!notice.text.includes(t['stale.text'].replace('{date}', formatDate(siteInformationAsOf, locale)))) out.push(`${path}: notice without its text`);
        for (const url of [sourceUrl('immd', locale), sourceUrl('vtc', locale)]) if (!notice.links.includes(url!)) out.push(`${path}: notice without ${url}`);
        return out;
      });
    });
    expect(problems).toEqual([]);
  });
});

describe('the everyday build in dist/', () => {
  it(`shows the notice exactly when its day is more than 12 months after ${siteInformationAsOf}`, () => {
    const due = isStale(siteInformationAsOf, buildDate());
    const pages = distFiles('.html');
    const withNotice = pages.filter((file) => notices(file).length > 0).map((file) => distRelative(file));
    expect(withNotice).toEqual(due ? pages.map((file) => distRelative(file)) : []);
  });
});
