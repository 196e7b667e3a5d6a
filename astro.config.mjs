// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { hreflangAlternates } from './src/lib/hreflang.ts';
import serving from './src/integrations/serving.ts';

// One setting decides where the site lives: SITE_URL holds the origin and, optionally, a base path
// (https://example.org/vpas/). Everything else (canonical URLs, hreflang, Open Graph, JSON-LD, the
// sitemap, robots.txt, QR codes) derives from it, through `site` + `base` below.
const siteUrl = new URL(process.env.SITE_URL ?? 'https://vpas-guide.example.org/');
const base = siteUrl.pathname.replace(/\/?$/, '/');
const siteRoot = new URL(base, siteUrl.origin).href;

/** URL segment to BCP 47 tag: src/i18n/index.ts's `languageTags` (the SEO tests compare the two). */
const languageTags = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' };

export default defineConfig({
  site: siteUrl.origin,
  base,
  trailingSlash: 'always',
  // Caches live in the project folder, not in node_modules: worktrees and the tests' throwaway
  // copies link one node_modules, and a shared content store would mix their content.
  cacheDir: './.astro/cache',
  // No inline <style> or <script> in any page: Astro's CSS and bundled scripts are always files under
  // /_astro/, so the Content-Security-Policy (src/lib/csp.ts) needs no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['zh-hans', 'zh-hant', 'en'],
    defaultLocale: 'zh-hans',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      // HTML pages only (robots.txt and og.png are endpoints), and no not-found page: the integration
      // leaves out /404 itself, not the locales' /{locale}/404/.
      filter: (page) => page.endsWith('/') && !page.endsWith('/404/'),
      // The same alternates as each page's <link rel="alternate"> tags, x-default included. (The
      // integration's own `i18n` option would label the chooser at `/` as zh-Hans.)
      serialize: (item) => ({
        ...item,
        links: hreflangAlternates(item.url, siteRoot, languageTags).map(({ hreflang, href }) => ({ lang: hreflang, url: href })),
      }),
    }),
    // After every file is written: server configurations and precompressed copies (issue 16).
    serving(),
  ],
  vite: {
    plugins: [tailwindcss()],
    cacheDir: './.astro/vite',
    build: { assetsInlineLimit: 0 },
  },
});
