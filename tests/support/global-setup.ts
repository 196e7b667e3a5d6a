import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { scratchDirectory } from './alternate-build';
import { distDir, startServer } from './server';
import { missingMessage, missingPackages } from './system-packages';
import './shared'; // declares what provide() hands over (ProvidedContext)

/**
 * Vitest's global set-up for the tests of the built site: once per run, check that the system
 * packages and dist/ are there, serve dist/ and hand the server to every test file
 * (`inject('site')`, read through tests/support/index.ts), with a scratch directory for the run
 * (`inject('runDir')`). Test files open pages on that server instead of starting their own; each
 * worker drives a Chromium of its own (tests/support/index.ts).
 */
export default async function setup(project: TestProject) {
  const missing = missingPackages().filter((p) => p.required);
  if (missing.length > 0) {
    throw new Error(missingMessage(missing, '`npm test` installs them where it can (as root, or with sudo that asks no password); or run:'));
  }
  if (!existsSync(join(distDir, 'sitemap-index.xml'))) {
    throw new Error('dist/ is not built: run `npm run build` first (`npm test` does)');
  }
  const site = await startServer();
  const scratch = scratchDirectory();
  project.provide('site', { origin: site.origin, root: site.root });
  project.provide('runDir', scratch.dir);
  return async () => {
    await site.close();
    scratch.remove();
  };
}
