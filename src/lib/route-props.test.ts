import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '../i18n';
import { routeProps } from './route-props';

describe('routeProps', () => {
  it.each(locales)('gives a %s page its data, its locale and its words', (locale) => {
    const page = { locale, title: 'T', description: 'D' };
    const props = routeProps<() => { params: { locale: string }; props: { page: typeof page; count: number } }[]>({ page, count: 3 });
    expect(props.page).toBe(page);
    expect(props.count).toBe(3);
    expect(props.locale).toBe(locale);
    expect(props.t('nav.home')).toBe(dictionaries[locale]['nav.home']);
  });
});
