import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { launchBrowser } from '../support/browser';
import { distDir, serveDist, type StaticSite } from '../support/server';

/**
 * The pages work under the Content-Security-Policy as deployed: dist/ served with the headers of
 * dist/_headers, in Chromium, with zero violations reported (console and `securitypolicyviolation`
 * events) and zero script errors. Pages of other issues are covered as soon as they are built.
 */

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([serveDist(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Visit {
  page: Page;
  status: number | undefined;
  headers: Record<string, string>;
  /** Violations and errors seen so far. */
  problems: () => Promise<string[]>;
}

/** Opens a page in a fresh context, listening for every way a blocked resource shows itself. */
async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: string[] = [];
  // Runs before any script of the page; init scripts are not subject to the page's policy.
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.assign(window, { __cspViolations: log });
    document.addEventListener('securitypolicyviolation', (e) => {
      log.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to|Permissions.Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => seen.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return {
    page,
    status: response?.status(),
    headers: response?.headers() ?? {},
    problems: async () => [
      ...seen,
      ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    ],
  };
}

/** Types a job title into the page's search box, if it has one, and lets the results load. */
async function search(page: Page) {
  const box = page.getByRole('searchbox').first();
  if ((await box.count()) === 0) return;
  await box.fill('工程师');
  await box.press('Enter');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

const built = (path: string) => existsSync(join(distDir, path, 'index.html'));

const pages: { name: string; path: string; issue?: string; interact?: (page: Page) => Promise<void> }[] = [
  { name: 'the language chooser', path: '/' },
  { name: 'a home page', path: '/zh-hans/' },
  { name: 'a sector page', path: '/en/sectors/maritime/' },
  { name: 'a programme page', path: '/zh-hans/programmes/cybersecurity/' },
  { name: 'the search page', path: '/zh-hans/search/', issue: 'search', interact: search },
  { name: 'the eligibility checker', path: '/zh-hans/eligibility/', issue: 'issue 4' },
  { name: 'the careers page', path: '/zh-hant/careers/', issue: 'issue 3' },
  { name: 'the brochure', path: '/zh-hans/brochure/', issue: 'issue 5' },
  { name: 'the support page', path: '/en/support/', issue: 'issue 8' },
];

describe('under the Content-Security-Policy, served as a header', () => {
  it.for(pages)('$name ($path) loads with zero violations', async ({ path, issue, interact }, ctx) => {
    ctx.skip(!built(path), `${path} is not built yet (${issue})`);
    const { page, status, headers, problems } = await visit(path);
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy('header'));
    await interact?.(page);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('the 404 page, served for an unknown URL, has zero violations', async () => {
    const { page, status, problems } = await visit('/no-such-page/');
    expect(status).toBe(404);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('Pagefind’s script and WebAssembly run under the policy', async (ctx) => {
    ctx.skip(!existsSync(join(distDir, 'pagefind', 'pagefind.js')), 'dist/pagefind/ is not built yet (the search issue runs Pagefind after astro build)');
    const { page, problems } = await visit('/zh-hans/');
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const results = await page.evaluate<number>(`(async () => {
      const pagefind = await import(location.origin + '/pagefind/pagefind.js');
      const search = await pagefind.search('工程师');
      return search.results.length;
    })()`);
    expect(results).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });
});

describe('the policy is enforced (the checks above can fail)', () => {
  it('blocks and reports an inline script', async () => {
    const { page, problems } = await visit('/en/');
    await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
    expect((await problems()).some((p) => /script-src/.test(p))).toBe(true);
    await page.context().close();
  });

  it('blocks an inline style attribute set through markup', async () => {
    const { page, problems } = await visit('/en/');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
    });
    expect(await page.locator('#styled').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
    expect((await problems()).some((p) => /style-src/.test(p))).toBe(true);
    await page.context().close();
  });

  it('refuses to be framed by another page (frame-ancestors, header only)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<iframe src="${site.origin}/en/"></iframe>`);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const framedTitle = await frame?.evaluate(() => document.title).catch(() => '');
    expect(framedTitle ?? '').not.toContain('VPAS');
    await context.close();
  });
});
