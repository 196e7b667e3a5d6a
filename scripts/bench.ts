/**
 * `npm run bench`: figures, not assertions. Builds the site from temporary copies of the project
 * (the real catalogue, then synthetic catalogues of 10x and 100x the programmes) and prints, and
 * writes to BENCHMARKS.md:
 *
 * - per kind of page, the HTML, CSS and JS a first visit downloads, raw, gzip and brotli;
 * - the build time (`npm run build`: astro build, plus pagefind when the build runs it) per
 *   catalogue size, so the growth is a measured curve;
 * - the search index a first query downloads, and the time from keystroke to results in Chromium
 *   (median of several runs), where the build has an index and a search page.
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
import { measureWire, precompressionOf, servingReport, type CompressionFigures, type WireFigures } from './bench-serving.ts';

const project = join(import.meta.dirname, '..');
const factors = (process.env.BENCH_FACTORS ?? '1,10,100').split(',').map(Number);
const searchRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 7);
/** Catalogue sizes whose precompression is timed (1x always: nginx serves it); larger ones are projected. */
const precompressFactors = new Set([1, ...(process.env.BENCH_PRECOMPRESS_FACTORS ?? '1,10').split(',').map(Number)]);
const locales = ['zh-hans', 'zh-hant', 'en'] as const;
/** One query per locale for the search figures: a word many programme names share. */
const queries: Record<(typeof locales)[number], string> = { 'zh-hans': '工程', 'zh-hant': '工程', en: 'engineering' };

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

function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else (files++, (bytes += s.size));
    }
  };
  walk(dir);
  return { files, bytes };
}

// ——— search, in Chromium ———

type ByLocale = Partial<Record<(typeof locales)[number], number>>;

interface SearchFigures {
  /** Bytes over the wire from the first keystroke until the results are in (all requests). */
  firstQueryBytes: ByLocale;
  /** How those bytes were measured: on the search page, or through Pagefind's API alone. */
  method: 'search page' | 'pagefind API' | 'none';
  /** Median ms from the last keystroke to results on the search page, per locale. */
  keystrokeMs: ByLocale;
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * On the search page: type the query into its search box (the one in <main>), and time from the
 * last keydown to the first programme link appearing in <main>, in a fresh (cold) browser context
 * each run; the bytes are every response that finished after the first keystroke. Without a search
 * page, the index is read through Pagefind's own API on the locale's home page (bytes only).
 */
async function measureSearch(dir: string, browser: Browser): Promise<SearchFigures> {
  const dist = join(dir, 'dist');
  const hasIndex = existsSync(join(dist, 'pagefind', 'pagefind.js'));
  const hasPage = locales.every((l) => existsSync(join(dist, l, 'search', 'index.html')));
  const figures: SearchFigures = { firstQueryBytes: {}, keystrokeMs: {}, method: hasPage ? 'search page' : hasIndex ? 'pagefind API' : 'none' };
  if (!hasIndex && !hasPage) return { ...figures, note: 'no search page and no pagefind index in the build' };
  const { serveDist } = (await import(pathToFileURL(join(dir, 'tests', 'support', 'server.ts')).href)) as typeof import('../tests/support/server.ts');
  const site = await serveDist();
  try {
    for (const locale of locales) {
      const bytes: number[] = [];
      const times: number[] = [];
      for (let run = 0; run < (hasPage ? searchRuns : 1); run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let counting = false;
        let received = 0;
        page.on('requestfinished', async (request) => {
          if (!counting) return;
          const sizes = await request.sizes().catch(() => null);
          if (sizes) received += sizes.responseBodySize + sizes.responseHeadersSize;
        });
        if (hasPage) {
          await page.goto(`${site.root}${locale}/search/`, { waitUntil: 'load' });
          const inMain = page.locator('main').getByRole('searchbox');
          const box = (await inMain.count()) > 0 ? inMain.first() : page.getByRole('searchbox').first();
          await box.click();
          await page.evaluate(() => {
            const w = window as unknown as { benchLastKey: number; benchResults: Promise<number> };
            const count = () => document.querySelectorAll('main a[href*="/programmes/"]').length;
            // keydown for Latin letters; Chinese text arrives as input without keydown (as from an IME).
            for (const type of ['keydown', 'input']) document.addEventListener(type, () => (w.benchLastKey = performance.now()), true);
            const before = count();
            w.benchResults = new Promise((resolve) => {
              new MutationObserver(() => {
                if (w.benchLastKey && count() > 0 && count() !== before) resolve(performance.now());
              }).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
            });
          });
          counting = true;
          await page.keyboard.type(queries[locale]);
          const ms = await page.evaluate(async () => {
            const w = window as unknown as { benchLastKey: number; benchResults: Promise<number> };
            const shown = await Promise.race([w.benchResults, new Promise<number>((r) => setTimeout(() => r(-1), 10_000))]);
            return shown < 0 ? -1 : Math.max(0, shown - w.benchLastKey);
          });
          if (ms >= 0) times.push(ms);
        } else {
          await page.goto(`${site.root}${locale}/`, { waitUntil: 'load' });
          counting = true;
          await page.evaluate(
            async ({ bundle, base, q }) => {
              const pagefind = await import(bundle);
              await pagefind.options({ baseUrl: base });
              const search = await pagefind.search(q);
              await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
            },
            { bundle: `${site.root}pagefind/pagefind.js`, base: new URL(site.root).pathname, q: queries[locale] },
          );
        }
        await page.waitForTimeout(300); // let the last requestfinished handlers add their sizes
        bytes.push(received);
        await context.close();
      }
      figures.firstQueryBytes[locale] = median(bytes);
      if (times.length) figures.keystrokeMs[locale] = median(times);
      else if (hasPage) figures.note = `the ${locale} search page showed no programme link within 10 s of typing "${queries[locale]}"`;
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
 * the printable brochure and the checker (its programme list). One each per locale, so they grow
 * with the catalogue while their number does not.
 */
const catalogueWide = ['careers', 'brochure', 'eligibility'];
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
    programmes: number;
    pages: number;
    seconds: number;
    /** All HTML in dist/, and the largest programme page gzipped: pages that list their siblings grow too. */
    htmlBytes: number;
    /** The HTML of the few pages that list the whole catalogue by design (see `catalogueWide`). */
    catalogueWideBytes: number;
    programmeMax: number;
    pagefind: { files: number; bytes: number };
    search: SearchFigures;
    /** Precompression's part of the build; absent where it was not run (precompressFactors). */
    compression: CompressionFigures | undefined;
  }[] = [];
  let weights: KindFigures[] = [];
  let wire: WireFigures[] = [];
  try {
    for (const factor of factors) {
      const dir = copyProject();
      try {
        const programmes = growCatalogue(dir, factor);
        process.stdout.write(`building ${factor}x (${programmes} programmes) in ${dir} … `);
        const { seconds, compression } = timedBuild(dir, precompressFactors.has(factor));
        const dist = join(dir, 'dist');
        const html = htmlFiles(dist);
        const pages = html.length;
        const htmlBytes = html.reduce((n, f) => n + statSync(f).size, 0);
        const catalogueWideBytes = html.filter((f) => catalogueWide.includes(kindOf(dist, f))).reduce((n, f) => n + statSync(f).size, 0);
        const programmeMax = Math.max(0, ...html.filter((f) => kindOf(dist, f) === 'programme').map((f) => gzip(readFileSync(f))));
        console.log(`${seconds.toFixed(1)} s, ${pages} pages`);
        if (factor === 1) weights = pageWeights(dist, siteBase(dist));
        const pagefind = folderBytes(join(dist, 'pagefind'));
        const search = await measureSearch(dir, browser);
        if (compression) console.log(`  precompressed ${compression.files} files (${(compression.raw / 2 ** 20).toFixed(1)} MB) in ${compression.seconds.toFixed(1)} s`);
        if (factor === 1) wire = await measureWire(dist, siteBase(dist), browser, { locale: 'zh-hans', text: queries['zh-hans'], label: fieldLabel['zh-hans'] });
        builds.push({ factor, programmes, pages, seconds, htmlBytes, catalogueWideBytes, programmeMax, pagefind, search, compression });
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
    '## Build time and search index per catalogue size',
    '',
    '`npm run build` in a fresh temporary copy (cold caches), once per size, less its precompression',
    '("build"); "precompression" is the build\'s brotli q11 + gzip -9 step with a cold cache, from its log, or',
    '(marked ~, with `VPAS_PRECOMPRESS=0`) projected from the largest measured size by HTML bytes. Synthetic programmes copy the',
    'real ones into the same sectors (names numbered, facts and sources kept); job titles belong to the 13 sectors',
    'and are not scaled. "First query": the bytes over the wire (gzip where the server applies it) from the',
    'first keystroke of a query on the search page until its results show, in a cold browser (median of the',
    'runs); without a search page, what Pagefind alone downloads for the query and its first 5 results.',
    `Queries: ${Object.entries(queries).map(([l, q]) => `${l} "${q}"`).join(', ')}. Keystroke to results: median ms from the last keystroke.`,
    '',
    '| catalogue | programmes | pages | build | precompression | ms per page | all HTML | largest programme page (gzip) | pagefind index | first query zh-hans / zh-hant / en | keystroke to results |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...builds.map((b) => {
      const q = b.search.method === 'none' ? 'n/a' : locales.map((l) => `${kb(b.search.firstQueryBytes[l] ?? 0)}`).join(' / ') + ` KB (${b.search.method})`;
      const keys = Object.keys(b.search.keystrokeMs).length ? locales.map((l) => b.search.keystrokeMs[l]?.toFixed(0) ?? '?').join(' / ') + ' ms' : 'n/a';
      const index = b.pagefind.files ? `${(b.pagefind.bytes / 2 ** 20).toFixed(1)} MB in ${b.pagefind.files} files` : 'none';
      return `| ${b.factor}x | ${b.programmes} | ${b.pages} | ${b.seconds.toFixed(1)} s | ${precompression(b)} | ${((b.seconds * 1000) / b.pages).toFixed(1)} | ${(b.htmlBytes / 2 ** 20).toFixed(1)} MB | ${kb(b.programmeMax)} KB | ${index} | ${q} | ${keys} |`;
    }),
    '',
  ];
  const largest = builds.at(-1);
  if (largest && builds.length > 1) {
    const first = builds[0]!;
    out.push(
      `Growth: ${largest.factor / first.factor}x the programmes gave ${(largest.pages / first.pages).toFixed(1)}x the pages and ${(largest.seconds / first.seconds).toFixed(1)}x the build time ` +
        `(per page: ${((first.seconds * 1000) / first.pages).toFixed(1)} ms at ${first.factor}x, ${((largest.seconds * 1000) / largest.pages).toFixed(1)} ms at ${largest.factor}x; linear would keep it flat).`,
      `Output: all HTML grew ${(largest.htmlBytes / first.htmlBytes).toFixed(0)}x for ${(largest.pages / first.pages).toFixed(0)}x the pages, and the largest programme page from ${kb(first.programmeMax)} to ${kb(largest.programmeMax)} KB gzip ` +
        `(faster than the page count means pages grow with the catalogue, e.g. lists of every programme in a sector).`,
      `Goal: 100x built in under 3 minutes: ${largest.factor === 100 ? `${goal(largest.seconds < 180)} without precompression; with it, ${precompression(largest)} more` : 'not measured in this run'}.`,
      // Linear growth: from one synthetic size to the next, HTML per page stays flat. (From the real
      // catalogue to 10x it rises once: its six one-programme sectors list no siblings, and every
      // sector grown past 9 programmes lists the capped 8; src/lib/pagination.ts.)
      `HTML per page: ${builds.map((b) => `${kb(b.htmlBytes / b.pages)} KB at ${b.factor}x`).join(', ')}; ` +
        `without the ${catalogueWide.join(', ')} pages, which list every programme by design (the checker's programme list must): ` +
        `${builds.map((b) => `${kb(perPageElsewhere(b))} KB at ${b.factor}x`).join(', ')}.`,
      ...(builds.length > 2
        ? [
            `Goal: all HTML grows no faster than the page count from ${builds.at(-2)!.factor}x to ${largest.factor}x (` +
              `${(largest.htmlBytes / builds.at(-2)!.htmlBytes).toFixed(2)}x the HTML for ${(largest.pages / builds.at(-2)!.pages).toFixed(2)}x the pages): ` +
              `${goal(largest.htmlBytes / largest.pages <= builds.at(-2)!.htmlBytes / builds.at(-2)!.pages)}; ` +
              `without the catalogue-wide pages: ${goal(perPageElsewhere(largest) <= perPageElsewhere(builds.at(-2)!))}.`,
          ]
        : []),
      `Goal: the largest programme page stays under 14 KB gzip at ${largest.factor}x: ${goal(largest.programmeMax <= 14 * 1024)}.`,
      '',
    );
  }
  out.push('## Search in Chromium (real catalogue)', '');
  const real = builds.find((b) => b.factor === 1)?.search;
  if (!real || real.method === 'none') {
    out.push(`- Bytes a first query downloads: n/a (${real?.note ?? 'not measured'})`, '- Keystroke to results: n/a (no search page)');
  } else {
    out.push(`- Bytes a first query downloads (${real.method}): ${locales.map((l) => `${l} ${kb(real.firstQueryBytes[l] ?? 0)} KB`).join(', ')}`);
    out.push(
      real.method === 'search page' && Object.keys(real.keystrokeMs).length
        ? `- Keystroke to results, median of ${searchRuns} cold runs (includes the page's typing pause): ${locales.map((l) => `${l} ${real.keystrokeMs[l]?.toFixed(0) ?? 'n/a'} ms`).join(', ')}`
        : `- Keystroke to results: n/a (${real.note ?? 'no search page'})`,
    );
  }
  out.push('', ...servingReport(builds.find((b) => b.factor === 1)?.compression, wire));
  const report = out.join('\n');
  console.log('\n' + report);
  writeFileSync(join(project, 'BENCHMARKS.md'), report);
}

await main();
