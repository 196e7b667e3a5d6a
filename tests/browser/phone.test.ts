import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dictionaries, locales, type Locale } from '../../src/i18n';
import { PagePool, pagesUnderTest, useBrowser } from '../support';
import { widths } from '../support/visit';

/**
 * Issue 17, "Pages on a phone", at 390 px: on one page of every kind the sitemap holds, in every
 * locale, the header stays compact (at most 120 px, the navigation behind a "Menu" disclosure that
 * opens without script), every control is a target of at least 44 × 44 CSS px (links inside running
 * text excepted, as WCAG 2.5.5 excepts them) and keyboard focus stays visible.
 */
const HEADER_LIMIT = 120;
const TARGET = 44;

/** One page per kind and locale (the kind is the path's first segment after the locale). */
function pagesByKind(): { kind: string; locale: Locale; path: string }[] {
  const chosen = new Map<string, { kind: string; locale: Locale; path: string }>();
  for (const path of pagesUnderTest()) {
    const [locale, segment = ''] = path.split('/');
    if (!locales.includes(locale as Locale)) continue;
    const kind = segment || 'home';
    const key = `${locale} ${kind}`;
    if (!chosen.has(key)) chosen.set(key, { kind, locale: locale as Locale, path });
  }
  return [...chosen.values()];
}

const pages = pagesByKind();
const { site, browser } = useBrowser();
let pool: PagePool;
beforeAll(() => {
  pool = new PagePool(browser(), 2, { viewport: widths.phone });
});
afterAll(() => pool?.close());

/** Every control a finger may need, measured as it sits: [description, width, height]. */
function measureControls(minimum: number): [string, number, number][] {
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 1 && box.height > 1;
  };
  const block = (el: Element): Element => {
    let node = el.parentElement;
    while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
    return node ?? el;
  };
  // A link inside a sentence: its block holds words besides its links and their separators (a row
  // of links is not a sentence; nor is a footnote number, which the issue names among the small
  // targets).
  const wordsBesideLinks = (node: Element) => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('a, button, .sr-only').forEach((link) => link.remove());
    return (copy.textContent ?? '').replace(/[\s·•|、,，:：;；›→()（）]+/g, '');
  };
  const inRunningText = (el: Element) => el.tagName === 'A' && !el.closest('sup') && wordsBesideLinks(block(el)) !== '';
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}”`;

  const controls = [...document.querySelectorAll('main a[href], header a[href], footer a[href], button, select, textarea, summary, input:not([type=hidden])')];
  const out: [string, number, number][] = [];
  for (const el of controls) {
    if (!visible(el) || el.closest('details:not([open]) > :not(summary)')) continue;
    let box = el.getBoundingClientRect();
    // A radio or checkbox is hit through its label too: the target is the two together.
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.labels?.[0]) {
      const label = el.labels[0].getBoundingClientRect();
      const left = Math.min(box.left, label.left);
      const top = Math.min(box.top, label.top);
      box = new DOMRect(left, top, Math.max(box.right, label.right) - left, Math.max(box.bottom, label.bottom) - top);
    }
    if (inRunningText(el)) continue;
    if (box.width < minimum - 0.5 || box.height < minimum - 0.5) out.push([describe(el), Math.round(box.width), Math.round(box.height)]);
  }
  return out;
}

async function open(page: Page, path: string) {
  await page.goto(site.root + path);
  // The search page answers a query with result cards, the controls a student taps most.
  if (/\/search\/$/.test(path)) {
    await page.goto(`${site.root}${path}?q=${encodeURIComponent('程序员')}`);
    await page.locator('main article, main [data-result], main li a').first().waitFor({ timeout: 15_000 }).catch(() => {});
  }
}

describe('at 390 px', () => {
  it('covers every kind of page in every locale', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    for (const kind of ['home', 'sectors', 'programmes', 'search', 'careers', 'eligibility', 'brochure', 'support', 'rules', 'glossary', 'about']) {
      expect(kinds, kind).toContain(kind);
    }
    expect(pages.length).toBe(kinds.size * locales.length);
  });

  it.concurrent.for(pages.map((p) => [`${p.locale} ${p.kind}`, p] as const))('%s: header, targets and focus', async ([, { locale, path }], { expect }) => {
    await pool.use(async (page) => {
      await open(page, path);

      // The header: compact, with the navigation behind a labelled disclosure that needs no script.
      const header = page.locator('body > header');
      expect((await header.boundingBox())?.height).toBeLessThanOrEqual(HEADER_LIMIT);
      const menu = header.locator('summary', { hasText: dictionaries[locale]['nav.menu'] });
      await expect(menu.isVisible()).resolves.toBe(true);
      await expect(header.getByRole('navigation', { name: dictionaries[locale]['nav.label'] }).isVisible()).resolves.toBe(false);
      const navigation = header.getByRole('navigation', { name: dictionaries[locale]['nav.menu'] });
      await expect(navigation.isVisible()).resolves.toBe(false);

      // The skip link, hidden until the keyboard reaches it first, is a full target then too.
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const box = document.activeElement?.getBoundingClientRect();
        return { href: document.activeElement?.getAttribute('href'), width: box?.width ?? 0, height: box?.height ?? 0 };
      });
      expect(skip.href).toBe('#main');
      expect(Math.min(skip.width, skip.height)).toBeGreaterThanOrEqual(TARGET - 0.5);

      // Focus: the first controls reached by the keyboard each show a visible outline.
      const unseen: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          // A date field's own parts (inside the browser's shadow DOM) take focus and draw their ring.
          if (!el || el === document.body || !el.matches(':focus-visible')) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { what: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)}`, seen: outline || style.boxShadow !== 'none' };
        });
        if (focus && !focus.seen) unseen.push(focus.what);
      }
      expect(unseen).toEqual([]);

      // Targets: every control at least 44 × 44 (the menu open, so its links are measured too).
      await menu.click();
      await expect(navigation.isVisible()).resolves.toBe(true);
      expect(await page.evaluate(measureControls, TARGET)).toEqual([]);
      await menu.click();
    });
  });
});

describe('one search box', () => {
  it.each(locales)('%s: the search page and the home page show their own box, not the header’s', async (locale) => {
    await pool.use(async (page) => {
      for (const path of [`${locale}/search/`, `${locale}/`]) {
        await page.goto(site.root + path);
        await expect(page.locator('input[type=search]:visible').count(), path).resolves.toBe(1);
        await expect(page.locator('body > header input[type=search]').count(), path).resolves.toBe(0);
      }
    });
  });
});
