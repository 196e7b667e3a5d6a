import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo';
import { siteFile } from '../lib/paths';

// Follows SITE_URL (astro.config.mjs): the sitemap's absolute URL includes the origin and base path.
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs (set from SITE_URL)');
  return new Response(robotsTxt(new URL(siteFile('sitemap-index.xml'), site).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
