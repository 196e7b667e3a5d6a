// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind';

// One setting decides where the site lives: SITE_URL holds the origin and, optionally, a base path
// (https://example.org/vpas/). Everything else (canonical URLs, sitemap, QR codes) derives from it.
const siteUrl = new URL(process.env.SITE_URL ?? 'https://vpas-guide.example.org/');
const base = siteUrl.pathname.replace(/\/?$/, '/');

export default defineConfig({
  site: siteUrl.origin,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['zh-hans', 'zh-hant', 'en'],
    defaultLocale: 'zh-hans',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: 'zh-hans',
        locales: { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' },
      },
    }),
    // Last, so it indexes the finished pages: the search index in dist/pagefind/ (issue 3).
    pagefindIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
});
