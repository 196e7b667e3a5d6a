import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/**
 * A few Chromium tabs shared by many short page checks. Opening a context and a tab costs more
 * than loading one of our pages, so `it.concurrent` tests borrow a tab, navigate, check, and give
 * it back. `prepare` runs once per tab (routes, listeners).
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly all: Promise<Page>[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly size: number,
    private readonly options: BrowserContextOptions = {},
    private readonly prepare: (page: Page) => Promise<void> | void = () => {},
  ) {}

  private async open(): Promise<Page> {
    const context = await this.browser.newContext(this.options);
    const page = await context.newPage();
    await this.prepare(page);
    return page;
  }

  private acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return Promise.resolve(page);
    if (this.all.length < this.size) {
      const opening = this.open();
      this.all.push(opening);
      return opening;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page) {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    try {
      return await task(page);
    } finally {
      this.release(page);
    }
  }

  async close(): Promise<void> {
    for (const opening of this.all) await (await opening).context().close();
  }
}
