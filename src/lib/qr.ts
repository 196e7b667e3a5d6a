import QRCode from 'qrcode';

/**
 * QR codes for printed pages: a reader of the paper copy scans it to reach the page online.
 * Made at build time, as inline SVG, so no script or request is needed when the page is shown
 * or printed.
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
