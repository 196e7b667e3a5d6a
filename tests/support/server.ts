import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/**
 * A static server for the built site, as a static host would serve it: directory URLs to their
 * index.html, unknown paths to 404.html, and the headers of dist/_headers (Netlify/Cloudflare
 * format, `/*` rules only) on every response, so the security policy is tested as deployed.
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

async function resolveFile(urlPath: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(distDir, clean);
  if (!candidate.startsWith(distDir)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory() && existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return null;
}

export interface StaticSite {
  origin: string;
  close: () => Promise<void>;
}

export async function serveDist(): Promise<StaticSite> {
  const headers = globalHeaders();
  const server: Server = createServer(async (req, res) => {
    const file = await resolveFile(req.url ?? '/');
    const path = file ?? join(distDir, '404.html');
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
    res.statusCode = file ? 200 : 404;
    res.end(await readFile(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
