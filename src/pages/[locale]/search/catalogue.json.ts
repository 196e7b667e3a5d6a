import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { localeRoutes } from '../../../lib/routes';
import { getNameCatalogue } from '../../../lib/content';
import { searchCatalogue } from '../../../lib/search/entry';
import { programmePath, sectorPath } from '../../../lib/paths';

/** The search island's catalogue for one locale, fetched with Pagefind on the first query. */
export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { locale } }) => {
  const catalogue = searchCatalogue(await getNameCatalogue(), locale, {
    programme: (id) => programmePath(locale, id),
    sector: (id) => sectorPath(locale, id),
  });
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json' } });
};
