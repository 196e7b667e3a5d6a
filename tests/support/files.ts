import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file below `dir` whose name ends with `ext`, as absolute paths, sorted. The one walker over
 * a built site: the gates (tests/support/site.ts, pages.ts) and `npm run bench` all list dist/ here.
 * Plain Node, no Vitest: scripts import it as `../tests/support/files.ts`.
 */
export function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
