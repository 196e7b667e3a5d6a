import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { locales } from '../i18n';
import type { SearchCatalogue } from '../lib/search/contract';

/**
 * Builds the site search index (Pagefind 1.6) after `astro build`, so `npm run build` and
 * `npx astro build` both leave a searchable dist/. Pagefind indexes only the pages that carry a
 * `data-pagefind-body` block (programme and sector pages, see SearchIndexEntry.astro) and builds
 * one index per `<html lang>`: zh-hans, zh-hant and en.
 *
 * Then it gives each locale's search catalogue (/{locale}/search/catalogue.json, which the island
 * loads with Pagefind) the address of every result id, so the island never downloads a result's
 * fragment just to learn which page it is: on a first query that saves more bytes than the index.
 */
const unusedBundleFiles = [
  // The site uses its own island on the JS API (src/islands/Search.astro); Pagefind's ready-made
  // UIs would be dead weight on the host. The worker stays: the island runs in the main thread,
  // but the JS API's default (used by the CSP test) loads it.
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

/** Result id → page address, from the fragment files (gzip, then "pagefind_dcd" and JSON). */
async function resultAddresses(bundle: string): Promise<Map<string, string>> {
  const dir = join(bundle, 'fragment');
  const ids = new Map<string, string>();
  for (const file of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(file.replace(/\.pf_fragment$/, ''), url);
  }
  return ids;
}

/**
 * Adds `ids` to a locale's catalogue: Pagefind's result id (without the language prefix) → the
 * position of its page in `pages`. Every page the catalogue lists must be in the index.
 */
async function linkCatalogue(file: string, language: string, ids: Map<string, string>, base: string) {
  const catalogue = JSON.parse(await readFile(file, 'utf8')) as SearchCatalogue;
  const position = new Map(catalogue.pages.map((page, i) => [page.url, i]));
  const prefix = `${language}_`;
  const linked: Record<string, number> = {};
  for (const [id, url] of ids) {
    const page = position.get(base + url.slice(1));
    if (id.startsWith(prefix) && page !== undefined) linked[id.slice(prefix.length)] = page;
  }
  const missing = catalogue.pages.filter((_, i) => !Object.values(linked).includes(i)).map((p) => p.url);
  if (missing.length > 0) throw new Error(`Pagefind: not in the ${language} index: ${missing.join(', ')}`);
  await writeFile(file, JSON.stringify({ ...catalogue, ids: linked } satisfies SearchCatalogue));
}

export default function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'vpas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = join(site, 'pagefind');
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: bundle });
        await pagefind.close();
        const problems = [...errors, ...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        for (const unused of unusedBundleFiles) await rm(join(bundle, unused), { force: true });

        const ids = await resultAddresses(bundle);
        for (const locale of locales) {
          const catalogue = join(site, locale, 'search', 'catalogue.json');
          if (existsSync(catalogue)) await linkCatalogue(catalogue, locale, ids, base);
        }
        logger.info(`indexed ${ids.size} pages into ${bundle}`);
      },
    },
  };
}
