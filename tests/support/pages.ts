import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from './server';

/** Every built HTML page, as a URL path ('/zh-hans/programmes/cybersecurity/'). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(path);
    }
  };
  walk(distDir);
  return out
    .map((file) => '/' + relative(distDir, file).split(sep).join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}
