import type { Page } from 'playwright-core';
import { axeViolations } from './axe';

/**
 * One visit of a page, recording everything the page-level gates judge, so that each page of the
 * site is loaded once per run (tests/sweep.test.ts) instead of once per gate: the response, every
 * request, requests and hints to other origins (aborted, never sent), Content-Security-Policy
 * reports, console errors, script errors, and axe at a phone's width and a desktop's.
 */

/** Layout changes with width (the header wraps, grids collapse), and so can contrast, target size and reflow. */
export const widths = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

export interface Visit {
  status: number | undefined;
  /** The response's Content-Security-Policy header. */
  csp: string | undefined;
  /** Every URL the page requested while it was open, in order. */
  requests: string[];
  /** Requests (aborted, never sent), WebSockets and resource hints to another origin. */
  elsewhere: string[];
  /** CSP violation reports, console errors and CSP warnings, uncaught script errors, failed requests. */
  errors: string[];
  axe: Record<keyof typeof widths, string[]>;
  /** At the phone's width: the page's sideways scroll, and boxes that leave the main column's gutters. */
  outsideGutters: string[];
}

interface Recording {
  requests: string[];
  elsewhere: string[];
  errors: string[];
  inFlight: number;
  lastActivity: number;
}
const recordings = new WeakMap<Page, Recording>();

/** Sets a tab up to record its visits; once per tab (PagePool's `prepare`). */
export async function recordVisits(page: Page, origin: string): Promise<void> {
  const r: Recording = { requests: [], elsewhere: [], errors: [], inFlight: 0, lastActivity: Date.now() };
  recordings.set(page, r);
  const active = (change: number) => {
    r.inFlight += change;
    r.lastActivity = Date.now();
  };
  page.on('request', (request) => {
    r.requests.push(request.url());
    active(+1);
  });
  page.on('requestfinished', () => active(-1));
  page.on('requestfailed', (request) => {
    active(-1);
    if (new URL(request.url()).origin === origin) r.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('websocket', (ws) => r.elsewhere.push(`websocket ${ws.url()}`));
  page.on('console', (message) => {
    // The document's own status is judged on its own (the 404 page answers 404, as it should).
    if (/^Failed to load resource/.test(message.text()) && message.location().url === page.url()) return;
    if (message.type() === 'error' || /Content.Security.Policy|Refused to|Permissions.Policy/i.test(message.text())) {
      r.errors.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => r.errors.push(`page error: ${error.message}`));
  // Runs before any script of the page; init scripts are not subject to the page's policy.
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.assign(window, { __cspViolations: log });
    document.addEventListener('securitypolicyviolation', (e) => {
      log.push(`CSP: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  // Routing also turns off the HTTP cache, so every page's own requests are seen afresh.
  await page.route('**/*', (route) => {
    const request = route.request();
    if (new URL(request.url()).origin === origin) return route.continue();
    r.elsewhere.push(`${request.resourceType()} ${request.url()}`);
    return route.abort('blockedbyclient');
  });
}

/** Waits until no request has been in flight for `quietMs` (networkidle is 500 ms). */
async function quiet(r: Recording, quietMs: number, timeoutMs = 10_000) {
  const start = Date.now();
  while (r.inFlight > 0 || Date.now() - r.lastActivity < quietMs) {
    if (Date.now() - start > timeoutMs) throw new Error(`requests still in flight after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * What a prepared tab has recorded since its last visit() (or since it was prepared): requests and
 * hints to other origins, CSP reports, console and script errors, failed requests. Expect `[]`.
 */
export async function problemsSoFar(page: Page): Promise<string[]> {
  const r = recordings.get(page);
  if (!r) throw new Error('problemsSoFar(): prepare the tab with recordVisits() first');
  const reports = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return [...r.elsewhere, ...r.errors, ...reports];
}

/**
 * Loads `url` in a prepared tab at the phone's width and runs axe; scrolls to the end (so lazy
 * content loads too) and notes resource hints to other origins; at the desktop's width runs axe
 * again; and ends once the network has been idle for 500 ms.
 */
export async function visit(page: Page, url: string, axeTags: string[]): Promise<Visit> {
  const r = recordings.get(page);
  if (!r) throw new Error('visit(): prepare the tab with recordVisits() first');
  Object.assign(r, { requests: [], elsewhere: [], errors: [] });
  await page.setViewportSize(widths.phone);
  const response = await page.goto(url, { waitUntil: 'load' });
  const phone = await axeViolations(page, axeTags);
  const outsideGutters = await page.evaluate(boxesOutsideGutters);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await quiet(r, 100);
  // Hints make the browser reach another host without a request of the page's own.
  const hints = await page.$$eval(
    'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"]',
    (links) => links.map((l) => (l as HTMLLinkElement).href),
  );
  const origin = new URL(url).origin;
  for (const href of hints) if (new URL(href).origin !== origin) r.elsewhere.push(`hint ${href}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize(widths.desktop);
  const desktop = await axeViolations(page, axeTags);
  await quiet(r, 500);
  const reports = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return {
    status: response?.status(),
    csp: response?.headers()['content-security-policy'],
    requests: [...r.requests],
    elsewhere: [...r.elsewhere],
    errors: [...r.errors, ...reports],
    axe: { phone, desktop },
    outsideGutters,
  };
}

/**
 * Runs in the page: what sticks out sideways. The page must not scroll sideways, and no box in
 * <main> (outside a box that scrolls or clips it, such as a wide table's scroller) may leave main's
 * content box: on a phone a box 10 px too wide eats the 16 px gutter on one side only.
 */
export function boxesOutsideGutters(): string[] {
  const found: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px`);
  const main = document.querySelector('main');
  if (!main) return found;
  const style = getComputedStyle(main);
  const box = main.getBoundingClientRect();
  const left = box.left + parseFloat(style.paddingLeft) - 0.5;
  const right = box.right - parseFloat(style.paddingRight) + 0.5;
  const walk = (parent: Element) => {
    for (const el of parent.children) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < left || r.right > right)) {
        found.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> spans ${Math.round(r.left)}–${Math.round(r.right)} px, main's column ${Math.round(left)}–${Math.round(right)} px`);
      }
      if (getComputedStyle(el).overflowX === 'visible') walk(el);
    }
  };
  walk(main);
  return found.slice(0, 5);
}
