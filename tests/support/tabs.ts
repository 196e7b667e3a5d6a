import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';

/**
 * The tabs that `useBrowser().newPage()` hands out, reused within a test file instead of a new
 * context per test: a new context and tab cost Chromium a new renderer process, about 0.17 CPU-s
 * each, more than loading one of our pages (about 220 per run).
 *
 * A test gets a tab as a new context would give it, for everything the site and the tests can
 * observe: no cookies, no localStorage or sessionStorage on the site's origin, one history entry
 * before its first page, the context's viewport, no media emulation, the pointer at the top left
 * corner, no route, init script,
 * binding, permission or listener of an earlier test. It sits on the site's robots.txt, not on
 * about:blank (a tab sent to about:blank and back changes renderer process, which is the cost saved);
 * `setContent` still writes into about:blank.
 * Closing it (`page.close()` or `page.context().close()`) gives it back:
 * - listeners the test added to the page or the context are taken off;
 * - its storage is cleared in the page (localStorage, sessionStorage), with the cookies, and its
 *   history reset to robots.txt alone (DevTools' Page.resetNavigationHistory): so Back from the next
 *   test's first page leads off the site, as from a new tab's first page to its about:blank;
 * - a tab that something else changed is really closed instead: a route, an init script, a
 *   binding, a permission, a clock, extra headers, media emulation, another viewport, a second tab
 *   in its context, a page of another origin, a crash. Such state has no reset, so it is never
 *   carried to the next test.
 * Tabs are reused only for the same context options (`{ locale: 'en-US' }`, `javaScriptEnabled`…).
 * tests/browser/tabs.test.ts proves each of these resets.
 */

/** Methods after which a tab cannot be reset, on the page and on its context. */
const pageStateSetters = [
  'route', 'routeFromHAR', 'routeWebSocket', 'addInitScript', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders',
  'addLocatorHandler', 'setDefaultTimeout', 'setDefaultNavigationTimeout', 'emulateMedia', 'setViewportSize',
] as const;
const contextStateSetters = [
  'route', 'routeFromHAR', 'routeWebSocket', 'addInitScript', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders',
  'grantPermissions', 'setOffline', 'setGeolocation', 'setHTTPCredentials', 'addCookies', 'setDefaultTimeout',
  'setDefaultNavigationTimeout', 'newPage', 'newCDPSession', 'setStorageState',
] as const;
const clockSetters = ['install', 'setFixedTime', 'setSystemTime', 'pauseAt', 'runFor', 'fastForward', 'resume'] as const;
const listenerAdders = ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener'] as const;

type Emitter = Page | BrowserContext;
interface Tab {
  page: Page;
  key: string;
  state: 'out' | 'resetting' | 'idle' | 'closed';
  /** Why it cannot be reset, once something has changed what a reset restores. */
  dirty?: string;
  /** Listeners the test added, to take off when it is given back. */
  added: [Emitter, string | symbol, (...args: unknown[]) => void][];
  closeContext: () => Promise<void>;
  cdp?: CDPSession;
  /** On robots.txt since its reset: not yet navigated by the test that has it. */
  parked?: boolean;
  newCDPSession: (page: Page) => Promise<CDPSession>;
}

export class TabShelf {
  private readonly idle = new Map<string, Tab[]>();
  private readonly tabs = new Set<Tab>();
  /** The site's origin, whose storage a reset clears, and the page a reset tab waits on. */
  private readonly origin: string;
  private readonly parking: string;

  /** `home`: the site's root URL. */
  constructor(
    private readonly browser: () => Browser,
    home: string,
  ) {
    this.origin = new URL(home).origin;
    this.parking = new URL('robots.txt', home).href;
  }

  /** A tab in a context with these options: a reset one if the file has one, else a new one. */
  async take(options: BrowserContextOptions = {}): Promise<Page> {
    const key = JSON.stringify(options);
    const tab = this.idle.get(key)?.pop();
    if (tab) {
      tab.state = 'out';
      return tab.page;
    }
    return this.open(options, key);
  }

  private async open(options: BrowserContextOptions, key: string): Promise<Page> {
    const context = await this.browser().newContext(options);
    const page = await context.newPage();
    const tab: Tab = {
      page,
      key,
      state: 'out',
      added: [],
      closeContext: context.close.bind(context),
      newCDPSession: context.newCDPSession.bind(context),
    };
    this.tabs.add(tab);
    const markDirty = (why: string) => (tab.dirty ??= why);
    // The shelf's own listeners, before the test's are recorded.
    page.on('crash', () => markDirty('it crashed'));
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      tab.parked = false;
      if (!this.isHome(frame.url())) markDirty(`it opened ${frame.url()}`);
    });
    // As a new tab does, a reused one writes given content into about:blank, the one entry of its
    // history, not into robots.txt (whose Content-Security-Policy would then apply to that content).
    const setContent = page.setContent.bind(page);
    Object.assign(page, {
      setContent: async (...args: Parameters<Page['setContent']>) => {
        if (tab.parked) {
          await page.goto('about:blank');
          await this.resetHistory(tab);
        }
        return setContent(...args);
      },
    });
    for (const [target, names, prefix] of [
      [page, pageStateSetters, 'page.'],
      [context, contextStateSetters, 'context.'],
      [page.clock, clockSetters, 'clock.'],
    ] as const) {
      for (const name of names) wrap(target, name, () => markDirty(prefix + name));
    }
    for (const emitter of [page, context] as Emitter[]) {
      for (const name of listenerAdders) {
        wrap(emitter, name, (event: string | symbol, listener: (...args: unknown[]) => void) => tab.added.push([emitter, event, listener]));
      }
    }
    const giveBack = () => this.giveBack(tab);
    Object.assign(page, { close: giveBack });
    Object.assign(context, { close: giveBack });
    return page;
  }

  private isHome(url: string): boolean {
    return url === 'about:blank' || new URL(url).origin === this.origin;
  }

  /** Resets the tab for the next test, or closes it where it cannot be reset. */
  private async giveBack(tab: Tab): Promise<void> {
    if (tab.state !== 'out') return;
    tab.state = 'resetting';
    const { page } = tab;
    for (const [emitter, event, listener] of tab.added.splice(0)) (emitter as unknown as NodeJS.EventEmitter).off(event, listener);
    const extraPages = page.context().pages().length !== 1;
    if (tab.dirty || extraPages || page.isClosed()) return this.close(tab);
    try {
      await page.goto(this.parking);
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      await page.context().clearCookies();
      await this.resetHistory(tab);
      // The pointer where a new tab has it, at the top left corner, not where the last test left it.
      await page.mouse.move(0, 0);
    } catch {
      return this.close(tab);
    }
    // A navigation of the test's that ended during the reset leaves the tab where it cannot be used.
    if (tab.dirty || page.url() !== this.parking) return this.close(tab);
    tab.state = 'idle';
    tab.parked = true;
    const shelf = this.idle.get(tab.key) ?? [];
    shelf.push(tab);
    this.idle.set(tab.key, shelf);
  }

  /** Leaves only the current entry in the tab's history. */
  private async resetHistory(tab: Tab): Promise<void> {
    tab.cdp ??= await tab.newCDPSession(tab.page);
    await tab.cdp.send('Page.resetNavigationHistory');
  }

  private async close(tab: Tab): Promise<void> {
    tab.state = 'closed';
    this.tabs.delete(tab);
    await tab.closeContext().catch(() => {});
  }

  /** Closes every tab, handed out or not (the file's `afterAll`). */
  async closeAll(): Promise<void> {
    this.idle.clear();
    for (const tab of [...this.tabs]) await this.close(tab);
  }
}

/** Replaces `target[name]` with a function that calls `before` with its arguments, then the original. */
function wrap<T extends object>(target: T, name: string, before: (...args: never[]) => void) {
  const original = (target as Record<string, unknown>)[name];
  if (typeof original !== 'function') return;
  Object.assign(target, {
    [name]: (...args: never[]) => {
      before(...args);
      return (original as (...a: never[]) => unknown).apply(target, args);
    },
  });
}
