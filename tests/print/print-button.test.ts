import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dictionaries, locales } from '../../src/i18n';
import { useBrowser } from '../support';

/**
 * The print button: there when script can make it work, gone without script and on paper; and the
 * QR code, on paper only, named with the page's address.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const { site, newPage } = useBrowser();
let page: Page;
let noScriptPage: Page;

beforeAll(async () => {
  page = await newPage();
  // Count calls instead of opening a print dialog.
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
    };
  });
  noScriptPage = await newPage({ javaScriptEnabled: false });
});

// Where each page's QR code leads: the page itself, or (the print edition's summary) the site's home
// page in that language, one level up from /{locale}/brochure/.
const pages = locales.flatMap((locale) => [
  [locale, `/${locale}/programmes/cybersecurity/`, dictionaries[locale]['print.button'], './'] as const,
  [locale, `/${locale}/sectors/maritime/`, dictionaries[locale]['print.button'], './'] as const,
  [locale, `/${locale}/brochure/`, dictionaries[locale]['print.brochureButton'], '../'] as const,
]);

describe.each(pages)('%s: %s', (locale, path, label, qrTarget) => {
  it('shows a print button that opens the print dialog', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(site.origin + path);
    const button = page.getByRole('button', { name: label });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    await expect(page.getAttribute('html', 'data-printed')).resolves.toBe('1');
  });

  it('has no print button without script, so no control that does nothing', async () => {
    await noScriptPage.goto(site.origin + path);
    await expect(noScriptPage.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await expect(noScriptPage.getByRole('button', { name: label }).count()).resolves.toBe(0);
  });

  it('on paper: no button, header or breadcrumbs; the QR code to the page (or the site) instead', async () => {
    await page.goto(site.origin + path);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    // The QR code's name says where it leads: the page's canonical address, or the home page's.
    const target = canonical ? new URL(qrTarget, canonical).href : '(none)';
    const qr = page.getByRole('img', { name: new RegExp(`${escapeRegExp(target)}(?![\\w/.-])`) });
    await expect(qr.isVisible()).resolves.toBe(false);

    await page.emulateMedia({ media: 'print' });
    await expect(qr.isVisible()).resolves.toBe(true);
    await expect(qr.locator('svg').getAttribute('viewBox')).resolves.toMatch(/^0 0 \d+ \d+$/);
    await expect(page.getByRole('button', { name: label }).isVisible()).resolves.toBe(false);
    await expect(page.locator('body > header').isVisible()).resolves.toBe(false);
    await expect(page.locator('body > footer').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: dictionaries[locale]['breadcrumb.label'] }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
