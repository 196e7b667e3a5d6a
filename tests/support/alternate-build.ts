import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompress } from '../../src/integrations/precompress';

/**
 * A second build of the real tree with other settings into a temporary directory, leaving dist/
 * alone: for tests of what those settings change. The settings under test are independent of each
 * other (the origin and base path; the build's clock), so one build carries them all, made once
 * per run however many test files read it (`alternateBuild()`).
 */
const root = join(import.meta.dirname, '..', '..');

/** The alternate build's settings: a sub-path of another host, and a clock 12 months and a day past the information's date. */
export const alternateSettings = { SITE_URL: 'https://example.org/vpas/', VPAS_BUILD_DATE: '2027-01-01' } as const;

/** The environment without what Vitest adds (BASE_URL, MODE, NODE_ENV=test…), which Astro would read. */
function buildEnv(settings: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ...settings };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * The pages the alternate build's tests fetch compressed (tests/seo/site-url.test.ts: nginx serves
 * the .br under the base path). Only these are precompressed: compressing all of that build's
 * files, which no test reads, cost about 12 CPU-s of a clean run (their contents differ from dist/'s,
 * so the compression cache never has them). dist/, which is deployed, is precompressed whole, and
 * tests/serve checks every file of it.
 */
export const alternatePrecompressed = ['zh-hant/programmes/cybersecurity/index.html'] as const;

async function build(settings: Record<string, string>, outDir: string) {
  // process.execPath is the Node that runs the tests: the project's Node 22 under `npx vitest`.
  execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: buildEnv({ ...settings, VPAS_PRECOMPRESS: '0' }),
    stdio: 'pipe',
  });
  await precompress(outDir, alternatePrecompressed, join(outDir, '..', 'alternate-precompress-cache'));
}

/**
 * The run's alternate build (`alternateSettings`); resolves to its output directory. The first test
 * file to ask builds it, holding a lock (a directory, made atomically) in the run's scratch
 * directory; the others wait for its outcome, a build error included. The global set-up removes it.
 */
export async function alternateBuild(runDir: string): Promise<string> {
  const outDir = join(runDir, 'alternate');
  const outcome = join(runDir, 'alternate.outcome');
  try {
    mkdirSync(join(runDir, 'alternate.lock'));
  } catch {
    while (!existsSync(outcome)) await new Promise((resolve) => setTimeout(resolve, 250));
    const error = readFileSync(outcome, 'utf8');
    if (error) throw new Error(`the alternate build failed (in another test file):\n${error}`);
    return outDir;
  }
  try {
    await build(alternateSettings, outDir);
    writeFileSync(outcome, '');
    return outDir;
  } catch (error) {
    const message = error instanceof Error ? `${error.message}` : String(error);
    writeFileSync(outcome, message || 'unknown error');
    throw error;
  }
}

/** A scratch directory for one run of the tests (the global set-up's), removed by `remove`. */
export function scratchDirectory(prefix = 'vpas-run-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
