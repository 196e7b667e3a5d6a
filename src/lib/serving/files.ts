import { locales } from '../../i18n';

/**
 * What a server needs to know about the built files, beyond their headers (headers.ts): which page
 * answers a missing address, which files are precompressed, and which files are for the server only.
 * Paths are relative to the base path ('en/404.html'), as in dist/.
 */

/** The three-language not-found page, for a missing address outside the locale folders. */
export const rootNotFoundPage = '404.html';

/** Each locale's not-found page, in the locale's folder: where Cloudflare Pages looks first. */
export const localeNotFoundPages = locales.map((locale) => ({ locale, page: `${locale}/404.html` }));

/** The page that answers a missing path: its locale's not-found page, else the three-language one. */
export function notFoundPageFor(path: string): string {
  const first = path.split('/')[0];
  return localeNotFoundPages.find(({ locale }) => locale === first)?.page ?? rootNotFoundPage;
}

/** Files the build writes for the server to read, never to be served themselves. */
export const serverFiles = ['_headers', '_redirects', '_nginx.conf'] as const;

/**
 * Text files: the build writes a brotli (`.br`) and a gzip (`.gz`) copy beside each, which nginx sends
 * as they are (brotli_static, gzip_static), so nothing is compressed per request.
 */
export const precompressedExtensions = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest'] as const;

/** The encodings written beside each text file, in the order a server prefers them. */
export const precompressedEncodings = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export function isPrecompressed(path: string): boolean {
  return precompressedExtensions.some((extension) => path.endsWith(extension));
}
