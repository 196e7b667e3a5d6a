import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * A throwaway copy of the project (sources and config; node_modules linked), for tests that must
 * break content or build with other settings without touching the real tree.
 */
const root = join(import.meta.dirname, '..', '..');

export interface ProjectCopy {
  dir: string;
  /** Runs the project's Astro CLI in the copy with the pinned Node; returns exit code and output. */
  astro: (args: string[], env?: Record<string, string>) => { status: number | null; output: string };
  remove: () => void;
}

export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'vpas-copy-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    astro: (args, env = {}) => {
      // process.execPath is the Node that runs the tests: the pinned Node 22 under `npm test`.
      const run = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 240_000,
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
