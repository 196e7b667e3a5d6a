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

/** BCP 47 tags for `<html lang>`, hreflang and Intl. */
export const languageTags: Readonly<Record<Locale, string>> = {
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant',
  en: 'en',
};

/** Tags for Intl formatting: Hong Kong conventions for English and Traditional Chinese. */
export const intlTags: Readonly<Record<Locale, string>> = {
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant-HK',
  en: 'en-HK',
};

/** Each language named in itself, for the switcher and the language chooser. */
export const endonyms: Readonly<Record<Locale, string>> = {
  'zh-hans': '简体中文',
  'zh-hant': '繁體中文',
  en: 'English',
};

/** Open Graph wants territory locales; Hong Kong usage for Traditional Chinese. */
export const ogLocales: Readonly<Record<Locale, string>> = {
  'zh-hans': 'zh_CN',
  'zh-hant': 'zh_HK',
  en: 'en_GB',
};

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

/** Picks a locale's text from a content field such as `name` ({ 'zh-hans', 'zh-hant', en }). */
export function pick<T>(localised: Readonly<Record<Locale, T>>, locale: Locale): T {
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
