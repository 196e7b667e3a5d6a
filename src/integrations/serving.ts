import type { AstroIntegration } from 'astro';
import { readdir, rename, rmdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeNotFoundPages } from '../lib/serving/files';
import { nginxConf } from '../lib/serving/nginx';
import { headersFile, netlifyRedirectsFile } from '../lib/serving/static-hosts';
import { precompress } from './precompress';

/**
 * Makes dist/ ready to serve, after every other integration has written its files (last in
 * astro.config.mjs): the locale not-found pages where hosts look for them, the server
 * configurations (dist/_headers, dist/_nginx.conf, and dist/_redirects on Netlify) rendered from
 * src/lib/serving/, then a brotli and a gzip copy of every text file.
 */

/**
 * Astro writes src/pages/[locale]/404.astro as {locale}/404/index.html (only a 404 at the root gets
 * a 404.html); a host looks for {locale}/404.html, and must not serve the page at a URL of its own.
 */
async function placeNotFoundPages(site: string) {
  for (const { page } of localeNotFoundPages) {
    const built = join(site, page.replace(/\.html$/, ''), 'index.html');
    if (!existsSync(built)) throw new Error(`serving: ${page} was not built (expected ${built} from src/pages/[locale]/404.astro)`);
    await rename(built, join(site, page));
    await rmdir(join(built, '..'));
  }
}

/** Every file under `site`, as a path under the base ('en/index.html'), sorted. */
async function builtFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export default function serving(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'vpas-serving',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        cacheDir = fileURLToPath(new URL('precompressed/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await placeNotFoundPages(site);
        const files = await builtFiles(site);
        await writeFile(join(site, '_headers'), headersFile(base, files));
        await writeFile(join(site, '_nginx.conf'), nginxConf(base));
        // Netlify's builders set NETLIFY=true; Cloudflare refuses this file (see static-hosts.ts).
        if (process.env.NETLIFY === 'true') await writeFile(join(site, '_redirects'), netlifyRedirectsFile(base));

        // For timing the build without it (npm run bench): such a dist/ is not ready for nginx.
        if (process.env.VPAS_PRECOMPRESS === '0') {
          logger.warn('VPAS_PRECOMPRESS=0: no .br/.gz written; do not deploy this build behind nginx');
          return;
        }
        const started = performance.now();
        const { files: compressed, fromCache, bytes } = await precompress(site, files, cacheDir);
        const mb = (n: number) => (n / 2 ** 20).toFixed(2);
        logger.info(
          `wrote _headers and _nginx.conf; precompressed ${compressed} files (${fromCache} from cache) in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s: ${mb(bytes.raw)} MB → brotli ${mb(bytes.br)} MB, gzip ${mb(bytes.gzip)} MB`,
        );
      },
    },
  };
}
