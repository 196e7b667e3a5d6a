import { defineMiddleware } from 'astro:middleware';
import { getGlossNames, getMainlandGlosses } from './lib/content';
import { annotateFirstUses } from './lib/glossary';
import { glossaryPath } from './lib/paths';

/**
 * Runs once per page at build time (every page is prerendered). On pages in Simplified Chinese, the
 * first use of each Hong Kong word in the glossary is followed by its Mainland word, linked to the
 * glossary (src/lib/glossary.ts): one mechanism for every page instead of edits page by page.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const glossed = annotateFirstUses(html, await getMainlandGlosses(), {
    href: (id) => glossaryPath('zh-hans', id),
    language: 'zh-Hans',
    names: await getGlossNames(),
  });
  return new Response(glossed, { status: response.status, statusText: response.statusText, headers: response.headers });
});
