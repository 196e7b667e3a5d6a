import en from './en';
import zhHans from './zh-hans';
import zhHant from './zh-hant';
import type { Dictionary, MessageKey } from './types';

export type { Dictionary, MessageKey };

/** The site's locales, in the order the language switcher lists them; zh-hans is the main audience. */
export const locales = ['zh-hans', 'zh-hant', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-hans';

export const dictionaries: Readonly<Record<Locale, Dictionary>> = {
  'zh-hans': zhHans,
  'zh-hant': zhHant,
  en,
};

/**
 * What each locale is called where: one row per locale, so a new locale is one line here.
 * - `tag`: BCP 47 for `<html lang>`, hreflang and Intl;
 * - `intl`: for Intl formatting, Hong Kong conventions for English and Traditional Chinese;
 * - `endonym`: the language named in itself, for the switcher and the language chooser;
 * - `og`: Open Graph wants territory locales; Hong Kong usage for Traditional Chinese.
 */
const localeNames = {
  'zh-hans': { tag: 'zh-Hans', intl: 'zh-Hans', endonym: '简体中文', og: 'zh_CN' },
  'zh-hant': { tag: 'zh-Hant', intl: 'zh-Hant-HK', endonym: '繁體中文', og: 'zh_HK' },
  en: { tag: 'en', intl: 'en-HK', endonym: 'English', og: 'en_GB' },
} as const satisfies Record<Locale, Record<'tag' | 'intl' | 'endonym' | 'og', string>>;

const column = (name: keyof (typeof localeNames)[Locale]): Readonly<Record<Locale, string>> =>
  Object.fromEntries(locales.map((locale) => [locale, localeNames[locale][name]])) as Record<Locale, string>;

export const languageTags = column('tag');
export const intlTags = column('intl');
export const endonyms = column('endonym');
export const ogLocales = column('og');

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a test can catch it. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The translation function for one locale: `t('nav.home')`, `t('home.scale', { sectors: 13 })`. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: MessageKey, values?: Readonly<Record<string, string | number>>): string =>
    values ? format(dictionary[key], values) : dictionary[key];
}

/** What every localised component is given: the page's locale. */
export interface LocaleProps {
  locale: Locale;
}

/**
 * A component's props with the translation function for their locale, so a component reads both in
 * one line: `const { locale, t } = translated(Astro.props)`.
 */
export function translated<Props extends LocaleProps>(props: Props): Props & { t: ReturnType<typeof useTranslations> } {
  return { ...props, t: useTranslations(props.locale) };
}

/**
 * A text in each of the site's locales, as content files write every visible name
 * ({ 'zh-hans', 'zh-hant', en }); src/content.config.ts checks the files against it.
 */
export type Localised<T = string> = Readonly<Record<Locale, T>>;

/** Picks a locale's text from a content field such as `name`. */
export function pick<T>(localised: Localised<T>, locale: Locale): T {
  return localised[locale];
}

/** A calendar date ('YYYY-MM-DD') or month ('YYYY-MM') written as each locale writes dates. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    isoDate.length === 7 ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  // UTC on both sides: a calendar date has no time zone, so none may shift it.
  return new Intl.DateTimeFormat(intlTags[locale], { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
