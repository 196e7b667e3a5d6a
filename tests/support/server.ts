import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sharedSite } from './shared.ts';

/**
 * A static server for the built site, as a static host would serve it: directory URLs to their
 * index.html, an unknown path to the nearest 404.html up its folders (as Cloudflare Pages does, and
 * dist/_nginx.conf for the locale folders), and the headers of dist/_headers (Netlify/Cloudflare
 * format, `/*` rules only) on every response, so the security policy is tested as deployed. Text is
 * sent gzipped when the client accepts it, as every static host does, so Lighthouse measures the
 * bytes a visitor would download. tests/serve/nginx.test.ts serves dist/ with nginx itself.
 */
export const distDir = join(import.meta.dirname, '..', '..', 'dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function globalHeaders(): [string, string][] {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) return [];
  const headers: [string, string][] = [];
  let inGlobal = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) inGlobal = line.trim() === '/*';
    else if (inGlobal) {
      const i = line.indexOf(':');
      headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return headers;
}

async function resolveFile(urlPath: string, base: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null; // a malformed escape is a 404, not a crash
  }
  // The site is built for a base path (SITE_URL=https://example.org/vpas/) but dist/ holds it at its root.
  if (!path.startsWith(base)) return null;
  const clean = normalize('/' + path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(distDir, clean);
  if (!candidate.startsWith(distDir)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory() && existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return null;
}

/** The nearest 404.html up the folders of a path under the base ('en/x/y/' → en/404.html, else 404.html). */
function notFoundPage(pathUnderBase: string): string {
  const folders = pathUnderBase.split('/').slice(0, -1);
  for (let depth = folders.length; depth > 0; depth--) {
    const page = join(distDir, ...folders.slice(0, depth), '404.html');
    if (page.startsWith(distDir) && existsSync(page)) return page;
  }
  return join(distDir, '404.html');
}

export interface StaticSite {
  origin: string;
  /** The origin plus the base path the site was built for: `${root}en/` is the English home page. */
  root: string;
  close: () => Promise<void>;
}

/** The base path the site in dist/ was built for, from its sitemap index ('/' when there is none). */
export function builtBase(): string {
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) return '/';
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1];
  return loc ? new URL('./', loc).pathname : '/';
}

/**
 * dist/ as a static site. In a test file this is the run's one server (tests/support/global-setup.ts),
 * whose `close` does nothing; elsewhere (`npm run bench`, the Lighthouse project) a server of its own.
 * New tests take it from `useBrowser()` in tests/support/index.ts instead.
 */
export async function serveDist(base = builtBase()): Promise<StaticSite> {
  const shared = await sharedSite();
  if (shared && shared.root === shared.origin + base) return { ...shared, close: async () => {} };
  return startServer(base);
}

/**
 * A file's gzip, made once per version of the file: the run's server sends the same few stylesheets
 * and scripts with every page, and compressing them afresh each time was CPU the tests compete for.
 */
const gzipCache = new Map<string, { version: string; gzip: Buffer }>();
async function gzipped(path: string): Promise<Buffer> {
  const info = await stat(path);
  const version = `${info.mtimeMs}:${info.size}`;
  const cached = gzipCache.get(path);
  if (cached?.version === version) return cached.gzip;
  const gzip = gzipSync(await readFile(path));
  gzipCache.set(path, { version, gzip });
  return gzip;
}

/** Starts a server of dist/ on a free port of 127.0.0.1, for the site built for `base`. */
export async function startServer(base = builtBase()): Promise<StaticSite> {
  const headers = globalHeaders();
  const server: Server = createServer(async (req, res) => {
    const file = await resolveFile(req.url ?? '/', base);
    const path = file ?? notFoundPage((req.url ?? '/').split('?')[0]!.slice(base.length));
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
    res.statusCode = file ? 200 : 404;
    const text = /^(text\/|application\/(json|xml)|image\/svg)/.test(res.getHeader('Content-Type') as string);
    if (text && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.end(await gzipped(path));
    } else res.end(await readFile(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    root: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
