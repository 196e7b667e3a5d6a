import type { Locale, MessageKey } from '../i18n';
import { brochurePath, careersPath, checkerPath, costsPath, faqPath, programmesPath, rulesPath } from './paths';

/**
 * The site's main navigation, in the header on every page (issue 17): what a family comes for, in
 * the order they need it. The header shows it in a row on a wide screen and behind a "Menu"
 * disclosure on a phone; both read this list.
 */
export interface NavItem {
  labelKey: MessageKey;
  href: (locale: Locale) => string;
}

export const navigation: readonly NavItem[] = [
  { labelKey: 'nav.rules', href: rulesPath },
  { labelKey: 'nav.careers', href: careersPath },
  { labelKey: 'nav.programmes', href: programmesPath },
  { labelKey: 'nav.checker', href: checkerPath },
  { labelKey: 'nav.faq', href: faqPath },
  { labelKey: 'nav.costs', href: costsPath },
  { labelKey: 'nav.brochure', href: brochurePath },
];
