import QRCode from 'qrcode';

/**
 * QR codes, as SVG: for printed pages, made at build time (a reader of the paper copy scans it to
 * reach the page online, with no script or request when the page is shown or printed); and for a
 * checker result's own address, made in the browser, where the checker imports this module only
 * when it shows a result (qrcode's browser build, so no other page downloads it).
 *
 * Error correction level M (about 15% of the code can be damaged) survives a smudged or
 * photocopied handout while keeping the code small; `margin: 0` because the printed card around
 * the code supplies the quiet zone.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

/**
 * The absolute address of a page, as printed under its QR code: the site's origin joined with the
 * page's path (which already holds the base path, e.g. `/vpas/en/programmes/x/`).
 */
export function absoluteUrl(pathname: string, site: URL | string): string {
  return new URL(pathname, site).href;
}
