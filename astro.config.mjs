// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// One setting decides where the site lives: SITE_URL holds the origin and, optionally, a base path
// (https://example.org/vpas/). Everything else (canonical URLs, sitemap, QR codes) derives from it.
const siteUrl = new URL(process.env.SITE_URL ?? 'https://vpas-guide.example.org/');
const base = siteUrl.pathname.replace(/\/?$/, '/');

export default defineConfig({
  site: siteUrl.origin,
  base,
  trailingSlash: 'always',
  // Worktrees share one node_modules through a symlink, and Astro's default cache (with the content
  // layer's data store) lives in node_modules/.astro: one checkout's content leaked into another's
  // build. Each checkout keeps its own cache (.astro/ is ignored by git).
  cacheDir: './.astro/cache/',
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
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or styles into the HTML (Astro inlines small ones by default): as files they
    // are allowed by a strict Content-Security-Policy (script-src 'self') and cached across pages.
    build: { assetsInlineLimit: 0 },
  },
});
