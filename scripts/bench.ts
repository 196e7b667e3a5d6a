/**
 * `npm run bench`: figures, not assertions. Builds the site from temporary copies of the project
 * (the real catalogue, then synthetic catalogues of 10x and 100x the programmes) and prints, and
 * writes to BENCHMARKS.md:
 *
 * - per kind of page, the HTML, CSS and JS a first visit downloads, raw, gzip and brotli;
 * - the build time (`npm run build`) per catalogue size, so the growth is a measured curve;
 * - what a first query downloads on the search page (the locale's search catalogue), and the time
 *   from the last keystroke to results in Chromium: cold (the first query, loading the catalogue)
 *   and once loaded (a second query), medians of several runs. Besides the real vocabulary, the
 *   search figures are also taken with a synthetic alias set BENCH_VOCABULARY times the real one
 *   (default 3; 1 to skip), to see the headroom as the vocabulary grows.
 *
 * Nothing is written into the project but BENCHMARKS.md: the copies live in the OS temp dir and are
 * removed afterwards. Run with the project's Node 22 (`npm run bench`); slow (minutes) by design.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import type { Browser } from 'playwright-core';
import { fieldLabel } from '../tests/search/helpers.ts';
import { filesUnder } from '../tests/support/files.ts';
import { growthReport, htmlByKind, type KindBytes } from './bench-growth.ts';
import { measureWire, precompressionOf, servingReport, type CompressionFigures, type WireFigures } from './bench-serving.ts';

const project = join(import.meta.dirname, '..');
const factors = (process.env.BENCH_FACTORS ?? '1,10,100').split(',').map(Number);
const searchRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 7);
/** Catalogue sizes whose precompression is timed (1x always: nginx serves it); larger ones are projected. */
const precompressFactors = new Set([1, ...(process.env.BENCH_PRECOMPRESS_FACTORS ?? '1,10').split(',').map(Number)]);
const locales = ['zh-hans', 'zh-hant', 'en'] as const;
/** One query per locale for the search figures: a word many programme names share. */
const queries: Record<(typeof locales)[number], string> = { 'zh-hans': '工程', 'zh-hant': '工程', en: 'engineering' };
/** A second query, typed once the first has its results: the search once loaded. */
const secondQueries: Record<(typeof locales)[number], string> = { 'zh-hans': '程序员', 'zh-hant': '程式員', en: 'chef' };
/** The island's pause after the last keystroke before it searches (src/islands/search/client.ts). */
const typingPause = 200;
/** How many times the real alias set the headroom rows use. */
const vocabulary = Number(process.env.BENCH_VOCABULARY ?? 3);

// ——— temporary copies ———

/**
 * A copy of the project to build in. node_modules is a real folder of symlinks to the shared
 * packages, not one symlink, so that Astro's and Vite's caches (node_modules/.astro, .vite) are the
 * copy's own: a synthetic catalogue must never leak into the content cache other builds read.
 */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vpas-bench-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'BENCHMARKS.md']);
  for (const name of readdirSync(project)) {
    if (!skip.has(name)) cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  const shared = realpathSync(join(project, 'node_modules'));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(shared)) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(shared, name), join(dir, 'node_modules', name));
  }
  return dir;
}

/**
 * Adds (factor − 1) synthetic copies of every real programme: same sector (so every sector grows in
 * proportion) and same facts and sources (the schema ties them together), names numbered. Job titles belong to the 13 sectors and
 * stay as they are: scaling them would make every page longer, not the catalogue larger.
 */
function growCatalogue(dir: string, factor: number): number {
  const folder = join(dir, 'src', 'content', 'programmes');
  const real = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
  for (let k = 2; k <= factor; k++) {
    for (const file of real) {
      const data = parse(readFileSync(join(folder, file), 'utf8'));
      // Numbered to one width at every size ('002'), so names and addresses are as long at 10x as at
      // 100x: only the catalogue's size differs between the builds, not the length of each entry.
      const number = String(k).padStart(3, '0');
      for (const locale of locales) if (data.name?.[locale]) data.name[locale] = `${data.name[locale]} ${number}`;
      if (typeof data.order === 'number') data.order = data.order + k * 1000;
      // Every string quoted: Astro's YAML 1.1 reader would take a bare 2025-11-20 for a date.
      const text = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
      writeFileSync(join(folder, file.replace(/\.yaml$/, `-synthetic-${number}.yaml`)), text);
    }
  }
  return real.length * factor;
}

/**
 * Adds (factor − 1) synthetic copies of every alias entry, with the same targets, sources and note:
 * each term gets one more character (Chinese, from the sector's job titles) or a number (English), so
 * the copies are new words of the same shape and script as the real ones, as a grown vocabulary would be.
 */
function growAliases(dir: string, factor: number): number {
  const folder = join(dir, 'src', 'content', 'aliases');
  let terms = 0;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
    const data = parse(readFileSync(join(folder, file), 'utf8')) as { aliases: { terms: string[] }[] };
    const sector = parse(readFileSync(join(dir, 'src', 'content', 'sectors', file), 'utf8')) as { jobTitles: { 'zh-hans': string }[] };
    const pool = [...new Set(sector.jobTitles.map((t) => t['zh-hans']).join('').match(/\p{Script=Han}/gu) ?? ['职'])];
    const real = data.aliases;
    const copies = [];
    for (let k = 2; k <= factor; k++) {
      for (const [i, entry] of real.entries()) {
        const grown = entry.terms.map((term, t) =>
          /\p{Script=Han}/u.test(term) ? `${term}${pool[(i * 7 + t * 3 + k) % pool.length]}` : `${term} ${k}`,
        );
        copies.push({ ...entry, terms: grown });
      }
    }
    data.aliases = [...real, ...copies];
    terms += data.aliases.reduce((n, e) => n + e.terms.length, 0);
    if (copies.length > 0) writeFileSync(join(folder, file), stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
  }
  return terms;
}

// ——— bytes per kind of page ———

const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}
const weigh = (parts: Buffer[]): Weight => {
  const all = Buffer.concat(parts);
  return { raw: all.length, gzip: all.length ? gzip(all) : 0, brotli: all.length ? brotli(all) : 0 };
};

const htmlFiles = (dist: string): string[] => filesUnder(dist, '.html');

/** 'programme', 'sector', 'home', 'search', … from a page's place in dist/. */
function kindOf(dist: string, file: string): string {
  const parts = relative(dist, file).split(sep);
  if (parts.length === 1) return parts[0] === 'index.html' ? 'language chooser' : parts[0]!.replace(/\.html$/, '');
  if (parts.length === 2) return 'home';
  const section = parts[1]!;
  if (parts.length === 4) return { sectors: 'sector', programmes: 'programme' }[section] ?? `${section}/*`;
  // A later page of a long sector's programmes (src/lib/pagination.ts): /{locale}/sectors/{id}/2/.
  if (parts.length === 5 && section === 'sectors') return 'sector';
  return section;
}

/** A site path ('/vpas/_astro/x.css') to its file in dist/. */
const fileFor = (dist: string, base: string, href: string) => join(dist, decodeURIComponent(href.replace(/[?#].*$/, '')).slice(base.length));

/** The CSS and JS a page loads when opened: linked and inline, with the modules JS imports. */
function assetsOf(dist: string, base: string, html: string) {
  const css: Buffer[] = [];
  const js: Buffer[] = [];
  const seen = new Set<string>();
  const addScript = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const body = readFileSync(file);
    js.push(body);
    // Static imports load at once too; dynamic import() waits for use (search on focus/typing).
    for (const [, spec] of body.toString('utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["']([^"']+)["']/g)) {
      addScript(join(file, '..', spec!));
    }
  };
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href || !href.startsWith(base)) continue;
    if (/rel="stylesheet"/.test(tag)) css.push(readFileSync(fileFor(dist, base, href)));
    if (/rel="modulepreload"/.test(tag)) addScript(fileFor(dist, base, href));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css.push(Buffer.from(body!));
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs!)) continue; // data, not code
    const src = /src="([^"]+)"/.exec(attrs!)?.[1];
    if (src?.startsWith(base)) addScript(fileFor(dist, base, src));
    else if (body!.trim()) js.push(Buffer.from(body!));
  }
  return { css, js, scripts: seen.size + [...html.matchAll(/<script\b(?![^>]*application\/(ld\+)?json)(?![^>]*src=)[^>]*>\s*\S/g)].length };
}

interface KindFigures {
  kind: string;
  pages: number;
  html: { median: Weight; max: Weight };
  css: Weight;
  js: Weight;
  scripts: number;
}

function pageWeights(dist: string, base: string): KindFigures[] {
  const byKind = new Map<string, { html: Weight[]; css: Weight[]; js: Weight[]; scripts: number[] }>();
  for (const file of htmlFiles(dist)) {
    const body = readFileSync(file);
    const { css, js, scripts } = assetsOf(dist, base, body.toString('utf8'));
    const k = kindOf(dist, file);
    const entry = byKind.get(k) ?? { html: [], css: [], js: [], scripts: [] };
    entry.html.push(weigh([body]));
    entry.css.push(weigh(css));
    entry.js.push(weigh(js));
    entry.scripts.push(scripts);
    byKind.set(k, entry);
  }
  const median = (ws: Weight[]) => [...ws].sort((a, b) => a.gzip - b.gzip)[Math.floor((ws.length - 1) / 2)]!;
  const max = (ws: Weight[]) => ws.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return [...byKind].map(([kind, e]) => ({
    kind,
    pages: e.html.length,
    html: { median: median(e.html), max: max(e.html) },
    css: max(e.css),
    js: max(e.js),
    scripts: Math.max(...e.scripts),
  }));
}

// ——— build ———

function siteBase(dist: string): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'))?.[1];
  return loc ? new URL('./', loc).pathname : '/';
}

/**
 * The build's own time, and precompression's (cold cache: the copy has no .astro/) read from the
 * build's log. Without precompression where `precompress` is false (VPAS_PRECOMPRESS=0): at 100x,
 * brotli's quality 11 alone would take most of an hour, and the build's own growth would be lost in it.
 */
function timedBuild(dir: string, precompress: boolean): { seconds: number; compression: CompressionFigures | undefined } {
  const start = process.hrtime.bigint();
  const env = { ...process.env, CI: '1', ...(precompress ? {} : { VPAS_PRECOMPRESS: '0' }) };
  const run = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const compression = precompress ? precompressionOf(run.stdout) : undefined;
  return { seconds: seconds - (compression?.seconds ?? 0), compression };
}

// ——— search, in Chromium ———

type ByLocale = Partial<Record<(typeof locales)[number], number>>;

interface SearchFigures {
  /** Bytes over the wire from the first keystroke until the results are in (all requests). */
  firstQueryBytes: ByLocale;
  /** Median ms from the last keystroke of the first query to its results (the catalogue loads). */
  keystrokeMs: ByLocale;
  /** Median ms from the last keystroke of a second query to its results, beyond the typing pause. */
  warmMs: ByLocale;
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * On the search page, in a fresh (cold) browser context each run: type the first query into the
 * search box in <main> and time from the last keystroke to the results changing; the bytes are
 * every response that finished after the first keystroke. Then type a second query and time it the
 * same way: the search once loaded, from which the island's typing pause is taken off.
 */
async function measureSearch(dir: string, browser: Browser): Promise<SearchFigures> {
  const dist = join(dir, 'dist');
  const figures: SearchFigures = { firstQueryBytes: {}, keystrokeMs: {}, warmMs: {} };
  if (!locales.every((l) => existsSync(join(dist, l, 'search', 'index.html')))) return { ...figures, note: 'no search page in the build' };
  const { serveDist } = (await import(pathToFileURL(join(dir, 'tests', 'support', 'server.ts')).href)) as typeof import('../tests/support/server.ts');
  const site = await serveDist();
  try {
    for (const locale of locales) {
      const bytes: number[] = [];
      const cold: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < searchRuns; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let counting = false;
        let received = 0;
        page.on('requestfinished', async (request) => {
          if (!counting) return;
          const sizes = await request.sizes().catch(() => null);
          if (sizes) received += sizes.responseBodySize + sizes.responseHeadersSize;
        });
        await page.goto(`${site.root}${locale}/search/`, { waitUntil: 'load' });
        const box = page.locator('main').getByRole('searchbox').first();
        await box.click();
        await page.evaluate(() => {
          const w = window as unknown as { benchLastKey: number };
          // keydown for Latin letters; Chinese text arrives as input without keydown (as from an IME).
          for (const type of ['keydown', 'input']) document.addEventListener(type, () => (w.benchLastKey = performance.now()), true);
        });
        /** Types a query and returns ms from its last keystroke until the results list changes. */
        const timed = async (query: string) => {
          await page.evaluate(() => {
            const w = window as unknown as { benchResults: Promise<number> };
            const list = document.querySelector('main [data-search-results]');
            const before = list?.innerHTML;
            w.benchResults = new Promise((resolve) => {
              new MutationObserver(() => {
                if (list && list.innerHTML !== before && list.childElementCount > 0) resolve(performance.now());
              }).observe(list ?? document.body, { childList: true, subtree: true });
            });
          });
          await page.keyboard.type(query);
          return page.evaluate(async () => {
            const w = window as unknown as { benchLastKey: number; benchResults: Promise<number> };
            const shown = await Promise.race([w.benchResults, new Promise<number>((r) => setTimeout(() => r(-1), 10_000))]);
            return shown < 0 ? -1 : Math.max(0, shown - w.benchLastKey);
          });
        };
        counting = true;
        const first = await timed(queries[locale]);
        await page.waitForTimeout(300); // let the last requestfinished handlers add their sizes
        bytes.push(received);
        counting = false;
        await box.fill('');
        const second = await timed(secondQueries[locale]);
        if (first >= 0) cold.push(first);
        if (second >= 0) warm.push(Math.max(0, second - typingPause));
        await context.close();
      }
      figures.firstQueryBytes[locale] = median(bytes);
      if (cold.length) figures.keystrokeMs[locale] = median(cold);
      if (warm.length) figures.warmMs[locale] = median(warm);
      if (!cold.length || !warm.length) figures.note = `the ${locale} search page showed no results within 10 s of typing`;
    }
  } finally {
    await site.close();
  }
  return figures;
}

// ——— report ———

const kb = (n: number) => (n / 1024).toFixed(1);

/**
 * Kinds of page that list every programme by design: the careers page (each job's programmes),
 * the printable brochure, the checker (its programme list) and the programmes table. One each per
 * locale, so they grow with the catalogue while their number does not.
 */
const catalogueWide = ['careers', 'brochure', 'eligibility', 'programmes'];
const perPageElsewhere = (b: { htmlBytes: number; catalogueWideBytes: number; pages: number }) =>
  (b.htmlBytes - b.catalogueWideBytes) / (b.pages - catalogueWide.length * locales.length);
const fmt = (w: Weight) => `${kb(w.raw)} / ${kb(w.gzip)} / ${kb(w.brotli)}`;

function machine(): string[] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8' }).trim();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
    `- CPU: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores (nproc)`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node: ${process.version}`,
    `- Load average at start: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (other work on the machine slows every figure)`,
  ];
}

async function main() {
  const header = machine();
  console.log(header.join('\n'));
  const { launchBrowser } = await import('../tests/support/browser.ts');
  const browser = await launchBrowser();
  const builds: {
    factor: number;
    /** The alias set, as a multiple of the real one (1: the real vocabulary). */
    aliases: number;
    /** How many alias terms the build had. */
    terms: number;
    programmes: number;
    pages: number;
    seconds: number;
    /** All HTML in dist/, and the largest programme page gzipped: pages that list their siblings grow too. */
    htmlBytes: number;
    /** The HTML of the few pages that list the whole catalogue by design (see `catalogueWide`). */
    catalogueWideBytes: number;
    /** All HTML by kind of page: where the growth comes from. */
    kinds: Record<string, KindBytes>;
    programmeMax: number;
    /** The zh-hans search catalogue, gzipped: what a first query downloads. */
    catalogue: number;
    search: SearchFigures;
    /** Precompression's part of the build; absent where it was not run (precompressFactors). */
    compression: CompressionFigures | undefined;
  }[] = [];
  let weights: KindFigures[] = [];
  let wire: WireFigures[] = [];
  // Every catalogue size with the real vocabulary; then 1x and 10x with the grown one (headroom).
  const runs = [
    ...factors.map((factor) => ({ factor, aliases: 1 })),
    ...(vocabulary > 1 ? factors.filter((f) => f <= 10).map((factor) => ({ factor, aliases: vocabulary })) : []),
  ];
  try {
    for (const { factor, aliases } of runs) {
      const dir = copyProject();
      try {
        const programmes = growCatalogue(dir, factor);
        const terms = growAliases(dir, aliases);
        process.stdout.write(`building ${factor}x (${programmes} programmes, ${terms} alias terms) in ${dir} … `);
        // Precompression timed on the real vocabulary's builds only: the grown ones are for search.
        const { seconds, compression } = timedBuild(dir, aliases === 1 && precompressFactors.has(factor));
        const dist = join(dir, 'dist');
        const html = htmlFiles(dist);
        const pages = html.length;
        const htmlBytes = html.reduce((n, f) => n + statSync(f).size, 0);
        const catalogueWideBytes = html.filter((f) => catalogueWide.includes(kindOf(dist, f))).reduce((n, f) => n + statSync(f).size, 0);
        const kinds = htmlByKind(html, (f) => kindOf(dist, f));
        const programmeMax = Math.max(0, ...html.filter((f) => kindOf(dist, f) === 'programme').map((f) => gzip(readFileSync(f))));
        console.log(`${seconds.toFixed(1)} s, ${pages} pages`);
        if (factor === 1 && aliases === 1) weights = pageWeights(dist, siteBase(dist));
        const search = await measureSearch(dir, browser);
        const catalogue = gzip(readFileSync(join(dist, 'zh-hans', 'search', 'catalogue.json')));
        if (compression) console.log(`  precompressed ${compression.files} files (${(compression.raw / 2 ** 20).toFixed(1)} MB) in ${compression.seconds.toFixed(1)} s`);
        if (factor === 1 && aliases === 1) wire = await measureWire(dist, siteBase(dist), browser, { locale: 'zh-hans', text: queries['zh-hans'], label: fieldLabel['zh-hans'] });
        builds.push({ factor, aliases, terms, programmes, pages, seconds, htmlBytes, catalogueWideBytes, kinds, programmeMax, catalogue, search, compression });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }

  // Unmeasured sizes: projected from the largest measured one, by their HTML (most of the text).
  const timed = builds.filter((b) => b.compression).at(-1);
  const precompression = (b: (typeof builds)[number]) =>
    b.compression
      ? `${b.compression.seconds.toFixed(1)} s`
      : timed?.compression
        ? `~${((b.htmlBytes * timed.compression.seconds) / timed.htmlBytes).toFixed(0)} s`
        : 'n/a';
  const noJs = ['programme', 'sector', 'careers'];
  const programme = weights.find((w) => w.kind === 'programme');
  const css = Math.max(0, ...weights.map((w) => w.css.gzip));
  const goal = (ok: boolean) => (ok ? 'met' : '**missed**');
  const out: string[] = [
    '# Benchmarks',
    '',
    'Made by `npm run bench` (scripts/bench.ts); figures only, nothing asserted. Re-run it after a change that',
    'could move them, and commit this file.',
    '',
    '## Machine',
    '',
    ...header,
    '',
    '## What a first visit downloads, per kind of page (real catalogue)',
    '',
    'KB (1024 bytes) as raw / gzip -9 / brotli q11. HTML: median and largest page of the kind; CSS and JS:',
    'the largest set a page of the kind loads when opened (linked files, inline code and static imports;',
    'a dynamic `import()` that waits for use is not counted).',
    '',
    '| kind | pages | HTML median | HTML largest | CSS | JS | scripts |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...weights.map((w) => `| ${w.kind} | ${w.pages} | ${fmt(w.html.median)} | ${fmt(w.html.max)} | ${fmt(w.css)} | ${fmt(w.js)} | ${w.scripts} |`),
    '',
    '| goal | figure | |',
    '|---|---|---|',
    `| programme page HTML ≤ 14 KB compressed (first round trip; gzip, the larger) | largest ${programme ? kb(programme.html.max.gzip) : '?'} KB gzip, ${programme ? kb(programme.html.max.brotli) : '?'} KB brotli | ${goal(!!programme && programme.html.max.gzip <= 14 * 1024)} |`,
    `| CSS ≤ 12 KB compressed | ${kb(css)} KB gzip | ${goal(css <= 12 * 1024)} |`,
    ...noJs.map((k) => {
      const w = weights.find((x) => x.kind === k);
      return w ? `| no JS on ${k} pages until search is used | ${w.js.raw} bytes of JS, ${w.scripts} scripts | ${goal(w.js.raw === 0)} |` : `| no JS on ${k} pages until search is used | n/a (no ${k} page) | |`;
    }),
    '',
    '## Build time and search per catalogue size',
    '',
    '`npm run build` in a fresh temporary copy (cold caches), once per size, less its precompression',
    '("build"); "precompression" is the build\'s brotli q11 + gzip -9 step with a cold cache, from its log, or',
    '(marked ~, with `VPAS_PRECOMPRESS=0`) projected from the largest measured size by HTML bytes. Synthetic programmes copy the',
    'real ones into the same sectors (names numbered, facts and sources kept); job titles belong to the 13 sectors',
    `and are not scaled. Rows "aliases ×${vocabulary}" add synthetic copies of every alias entry (each term one character`,
    'or a number longer): the headroom as the vocabulary grows. "First query": the bytes over the wire (gzip where the',
    'server applies it) from the first keystroke of a query on the search page until its results show, in a cold browser.',
    'Keystroke to results: median ms from the last keystroke, cold (the first query loads the catalogue; the island',
    `waits ${typingPause} ms after the last keystroke) and once loaded (a second query, the ${typingPause} ms pause taken off).`,
    `Queries: ${Object.entries(queries).map(([l, q]) => `${l} "${q}"`).join(', ')}; then ${Object.values(secondQueries).map((q) => `"${q}"`).join(', ')}. Medians of ${searchRuns} runs.`,
    '',
    '| catalogue | alias terms | programmes | pages | build | precompression | ms per page | all HTML | largest programme page (gzip) | search catalogue (zh-hans, gzip) | first query zh-hans / zh-hant / en | keystroke to results, cold | beyond the pause, once loaded |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...builds.map((b) => {
      const q = Object.keys(b.search.firstQueryBytes).length ? locales.map((l) => `${kb(b.search.firstQueryBytes[l] ?? 0)}`).join(' / ') + ' KB' : `n/a (${b.search.note ?? 'not measured'})`;
      const ms = (figures: ByLocale) => (Object.keys(figures).length ? locales.map((l) => figures[l]?.toFixed(0) ?? '?').join(' / ') + ' ms' : 'n/a');
      const label = b.aliases === 1 ? `${b.factor}x` : `${b.factor}x, aliases ×${b.aliases}`;
      return `| ${label} | ${b.terms} | ${b.programmes} | ${b.pages} | ${b.seconds.toFixed(1)} s | ${b.aliases === 1 ? precompression(b) : 'not run'} | ${((b.seconds * 1000) / b.pages).toFixed(1)} | ${(b.htmlBytes / 2 ** 20).toFixed(1)} MB | ${kb(b.programmeMax)} KB | ${kb(b.catalogue)} KB | ${q} | ${ms(b.search.keystrokeMs)} | ${ms(b.search.warmMs)} |`;
    }),
    '',
  ];
  const sizes = builds.filter((b) => b.aliases === 1);
  const largest = sizes.at(-1);
  if (largest && sizes.length > 1) {
    const first = sizes[0]!;
    out.push(
      `Growth: ${largest.factor / first.factor}x the programmes gave ${(largest.pages / first.pages).toFixed(1)}x the pages and ${(largest.seconds / first.seconds).toFixed(1)}x the build time ` +
        `(per page: ${((first.seconds * 1000) / first.pages).toFixed(1)} ms at ${first.factor}x, ${((largest.seconds * 1000) / largest.pages).toFixed(1)} ms at ${largest.factor}x; linear would keep it flat).`,
      `Output: all HTML grew ${(largest.htmlBytes / first.htmlBytes).toFixed(1)}x for ${(largest.pages / first.pages).toFixed(1)}x the pages, and the largest programme page from ${kb(first.programmeMax)} to ${kb(largest.programmeMax)} KB gzip ` +
        `(the HTML by kind of page, below, shows where it grows).`,
      `Goal: 100x built in under 3 minutes: ${largest.factor === 100 ? `${goal(largest.seconds < 180)} without precompression; with it, ${precompression(largest)} more` : 'not measured in this run'}.`,
      // Linear growth: from one synthetic size to the next, HTML per page stays flat. (From the real
      // catalogue to 10x it rises once: its six one-programme sectors list no siblings, and every
      // sector grown past 9 programmes lists the capped 8; src/lib/pagination.ts.)
      `HTML per page: ${sizes.map((b) => `${kb(b.htmlBytes / b.pages)} KB at ${b.factor}x`).join(', ')}; ` +
        `without the ${catalogueWide.join(', ')} pages, which list every programme by design (the checker's programme list must): ` +
        `${sizes.map((b) => `${kb(perPageElsewhere(b))} KB at ${b.factor}x`).join(', ')}.`,
      `Goal: the largest programme page stays under 14 KB gzip at ${largest.factor}x: ${goal(largest.programmeMax <= 14 * 1024)}.`,
      '',
    );
  }
  out.push(...growthReport(sizes, catalogueWide));
  out.push('## Search budgets (issue 13)', '');
  const budget = 100 * 1000;
  for (const b of builds.filter((x) => x.factor <= 10)) {
    const worst = Math.max(...locales.map((l) => b.search.firstQueryBytes[l] ?? Infinity));
    const slowest = Math.max(...locales.map((l) => b.search.warmMs[l] ?? Infinity));
    const label = b.aliases === 1 ? `${b.factor}x the catalogue, the real vocabulary` : `${b.factor}x the catalogue, aliases ×${b.aliases}`;
    out.push(
      `- ${label}: first query at most ${(worst / 1000).toFixed(1)} kB of 100 kB (${goal(worst <= budget)}); ` +
        `results ${slowest.toFixed(0)} ms beyond the typing pause once loaded, median, slowest locale, of 100 ms (${goal(slowest <= 100)}).`,
    );
  }
  out.push('', ...servingReport(builds.find((b) => b.factor === 1)?.compression, wire));
  const report = out.join('\n');
  console.log('\n' + report);
  writeFileSync(join(project, 'BENCHMARKS.md'), report);
}

await main();
