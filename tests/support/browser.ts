import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, with the flags this closed network needs (no background connections). Lighthouse runs it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium-headless-shell: the same Blink without the browser's UI layers (what Playwright itself runs headless). */
export const headlessShellPath = '/usr/bin/chromium-headless-shell';

/**
 * What the browser tests drive: the headless shell where it is installed (it opens and prints our
 * pages about twice as fast as full Chromium on this 2-core machine), else Chromium. CHROMIUM_PATH,
 * when set, is used for both.
 */
export const driverPath = process.env.CHROMIUM_PATH ?? (existsSync(headlessShellPath) ? headlessShellPath : chromiumPath);

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

/**
 * How every Chromium the tests drive starts: Debian's headless shell or Chromium, with the
 * closed-network flags, and V8 without its optimising compilers (Maglev, TurboFan): every page the
 * tests open is a new document, so they recompiled axe-core's hot functions for each page in
 * background threads, about 15 % of the browser tests' CPU on two cores. Scripts behave the same
 * in every tier. Lighthouse's Chromium keeps them: it measures the speed a visitor would see.
 */
export const launchOptions = { executablePath: driverPath, args: [...chromiumFlags, '--js-flags=--max-opt=1'] };

/** A Chromium of its own to drive (`npm run bench`). Test files use `useBrowser()` from tests/support/index.ts instead. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

