/**
 * The result's address to share: as text, with a "copy link" button and a QR code to scan from
 * another phone. The QR library is imported only here, when a result shows a code (a dynamic
 * import), so no other page, nor the checker before its result, downloads it.
 */
import { queryOf } from '../lib/checker/query';
import type { ResultContext } from './checker-result';
import { h, type Child } from './checker-view';

/** The result's own address: the page and the answers, as the form writes them (no fragment). */
export function resultUrl({ flow }: ResultContext): string {
  const query = queryOf(flow).toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

/** The address as text, a "copy link" button, and a QR code drawn once the library has loaded. */
export const share = (result: ResultContext): Child[] => {
  const { t } = result;
  const url = resultUrl(result);
  const code = h('div', { role: 'img', 'aria-label': t('checker.share.qrLabel', { url }), 'data-qr': '', class: 'size-64 shrink-0 bg-white p-3 print:size-[40mm] [&_svg]:block [&_svg]:size-full' });
  // The address is its own text: on paper it is not printed a second time after the link.
  const address = h('a', { href: url, 'data-share-url': '', 'data-print-href': 'off', class: 'font-mono text-sm break-all underline' }, url);
  const status = h('p', { role: 'status', class: 'mt-2 text-sm' });
  const copy = h('button', { type: 'button', 'data-copy': '', class: 'mt-3 min-h-11 rounded-md bg-(--color-harbour) px-5 py-2 font-semibold text-white print:hidden' }, t('checker.share.copy'));
  copy.addEventListener('click', () => void copyAddress(url, address, status, t('checker.share.copied'), t('checker.share.copyFailed')));
  void drawCode(code, url);
  return [h('section', { 'data-share': '', class: 'break-inside-avoid' },
    h('h3', { class: 'mt-8 text-xl font-bold' }, t('checker.share.title')),
    h('p', { class: 'mt-2' }, t('checker.share.text')),
    h('div', { class: 'mt-4 flex flex-wrap items-start gap-6' }, code,
      h('div', { class: 'min-w-0 flex-1 basis-60' }, h('p', { class: 'font-semibold' }, t('checker.share.address')), h('p', { class: 'mt-1' }, address), copy, status),
    ),
  )];
};

async function drawCode(target: HTMLElement, url: string) {
  const { qrCodeSvg } = await import('../lib/qr');
  // Parsed as SVG, not set as HTML: the library's output becomes nodes, and nothing runs.
  const svg = new DOMParser().parseFromString(await qrCodeSvg(url), 'image/svg+xml').documentElement;
  svg.setAttribute('aria-hidden', 'true');
  target.replaceChildren(document.importNode(svg, true));
}

/** The Clipboard API where there is one; otherwise (or if refused) the address selected, to copy by hand. */
async function copyAddress(url: string, address: HTMLElement, status: HTMLElement, copied: string, failed: string) {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(url);
    status.textContent = copied;
  } catch {
    getSelection()?.selectAllChildren(address);
    status.textContent = failed;
  }
}
