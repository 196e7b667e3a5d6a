import type { GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { useTranslations, type Locale } from '../i18n';
import type { PageDescription } from './route-data';

/**
 * What a route file reads from `Astro.props`, in one line (as Starlight's pages read one route
 * object): the data its `getStaticPaths` gave, typed from that function, with the page's locale
 * and the translation function for it.
 *
 *     export const getStaticPaths = (() => faqRoutes()) satisfies GetStaticPaths;
 *     const { page, groups, locale, t } = routeProps<typeof getStaticPaths>(Astro.props);
 *
 * The type is Astro's own `InferGetStaticPropsType`, as a route's `type Props` would declare it:
 * Astro hands a page the props its `getStaticPaths` returned for it, so nothing is checked here.
 */
export function routeProps<Paths extends GetStaticPaths>(props: Record<string, unknown>): InferGetStaticPropsType<Paths> & PageWords {
  const { locale } = (props as { page: PageDescription }).page;
  return { ...props, locale, t: useTranslations(locale) } as InferGetStaticPropsType<Paths> & PageWords;
}

/** The page's locale and the translation function for it. */
export interface PageWords {
  locale: Locale;
  t: ReturnType<typeof useTranslations>;
}
