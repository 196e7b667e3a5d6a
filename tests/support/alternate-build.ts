import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A second build of the real tree with other settings (SITE_URL, VPAS_BUILD_DATE) into a temporary
 * directory, leaving dist/ alone: for tests of what those settings change.
 */
const root = join(import.meta.dirname, '..', '..');

/** The environment without what Vitest adds (BASE_URL, MODE, NODE_ENV=test…), which Astro would read. */
function buildEnv(settings: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ...settings };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

export interface AlternateBuild {
  outDir: string;
  remove: () => void;
}

export function buildWith(settings: Record<string, string>, prefix = 'vpas-build-'): AlternateBuild {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  // process.execPath is the Node that runs the tests: the project's Node 22 under `npx vitest`.
  execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: buildEnv(settings),
    stdio: 'pipe',
  });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
