import { chromium, type Browser } from 'playwright-core';
import { sharedBrowserEndpoint } from './shared.ts';

/** Debian's Chromium, with the flags this closed network needs (no background connections). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium here starts with, for Playwright and Lighthouse alike. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** How every Chromium here starts: Debian's, with the closed-network flags. */
export const launchOptions = { executablePath: chromiumPath, args: [...chromiumFlags] };

/**
 * A Chromium to drive. In a test file, a connection to the run's one shared Chromium
 * (tests/support/global-setup.ts): `close()` closes this connection's contexts and disconnects.
 * Elsewhere (`npm run bench`), a Chromium of its own. New tests use `useBrowser()` from
 * tests/support/index.ts instead.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = await sharedBrowserEndpoint();
  return endpoint ? chromium.connect(endpoint) : chromium.launch(launchOptions);
}

