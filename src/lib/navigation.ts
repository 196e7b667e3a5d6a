import type { Locale, MessageKey } from '../i18n';
import { brochurePath, careersPath, checkerPath, rulesPath } from './paths';

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
  { labelKey: 'nav.checker', href: checkerPath },
  // Questions (/{locale}/faq/) and costs and dates (/{locale}/costs/), issue 12: here once on main.
  { labelKey: 'nav.brochure', href: brochurePath },
  // All programmes (/{locale}/programmes/, issue 14): here once the plan engineer's page is on main.
];
