import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { localeRoutes } from '../../../lib/routes';
import { getQuestions, getNameCatalogue } from '../../../lib/content';
import { questionRecord, searchCatalogue } from '../../../lib/search/entry';
import { groupByTopic } from '../../../lib/faq';
import { programmePath, sectorPath } from '../../../lib/paths';

/** The search island's catalogue for one locale, fetched on the first query (src/lib/search/entry.ts). */
export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { locale } }) => {
  const questions = groupByTopic(await getQuestions(locale))
    .flatMap((g) => g.questions)
    .map((q) => questionRecord({ id: q.id, question: q.data.question }));
  const catalogue = searchCatalogue(
    await getNameCatalogue(),
    locale,
    { programme: (id) => programmePath(locale, id), sector: (id) => sectorPath(locale, id) },
    questions,
  );
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json' } });
};
