import type { Page } from 'playwright-core';
import { dictionaries, endonyms, locales, type Locale } from '../../src/i18n';
import { squash } from '../support/pdf';

/**
 * The words of the site's chrome that must never reach paper: the header's links, the search
 * button, the language switcher's other languages, the skip link, the breadcrumb's "Home" and the
 * print buttons. A word that the printed content itself uses (the E-commerce jobs say "Search
 * Engine") cannot tell the two apart, so it is left out for that page; `checked` says what is left.
 */
export async function chromeWordsToCheck(page: Page, locale: Locale): Promise<string[]> {
  const d = dictionaries[locale];
  const words = [
    d['nav.careers'],
    d['nav.checker'],
    d['nav.brochure'],
    d['nav.home'],
    d['search.submit'],
    d['site.skip'],
    d['print.button'],
    d['print.brochureButton'],
    ...locales.filter((other) => other !== locale).map((other) => endonyms[other]),
  ];
  const content = await page.evaluate(() => {
    const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
    main?.querySelectorAll('nav, button').forEach((node) => node.remove());
    return main?.textContent ?? '';
  });
  return words.filter((word) => !squash(content).includes(squash(word)));
}
