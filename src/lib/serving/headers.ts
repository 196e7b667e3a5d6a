import { contentSecurityPolicy } from '../csp';

/**
 * Every response header the site asks of a web server, written once. The build turns it into
 * dist/_headers (Netlify, Cloudflare Pages) and dist/_nginx.conf (src/lib/serving/nginx.ts), so no
 * server configuration is kept by hand. The policy itself lives in src/lib/csp.ts, which also puts it
 * in every page as a `<meta>` tag for hosts that set no headers at all (GitHub Pages, a bare bucket).
 */

/** Sent with every response: pages, assets, the 404 pages and 304s alike. */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', contentSecurityPolicy('header')],
  // Without includeSubDomains or preload: the site may live under a path of a host it does not own,
  // and must not decide for that host's other subdomains. Browsers ignore it over plain HTTP.
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['X-Content-Type-Options', 'nosniff'],
  // Older browsers' frame-ancestors: the site is never shown inside another site's frame.
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), browsing-topics=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export const cacheKinds = ['immutable', 'revalidate', 'short'] as const;
export type CacheKind = (typeof cacheKinds)[number];

/** The Cache-Control header of each kind of file. */
export const cacheControl: Readonly<Record<CacheKind, string>> = {
  // Named by a hash of their content: new content gets a new name, so a browser may keep a file a year
  // without asking again, and a repeat visit downloads none of them.
  immutable: 'public, max-age=31536000, immutable',
  // Same name, new content after a build: kept, but checked on every use (the server answers 304 with
  // no body while the ETag still matches), so a reader never sees a page older than the last deploy.
  revalidate: 'no-cache',
  // For crawlers: fresh for an hour.
  short: 'public, max-age=3600',
};

/**
 * Which files are which kind, as paths under the base path; `*` stands for any run of characters.
 * A file no rule names is `revalidate`: every page, the search catalogues (named by locale, not by
 * content), favicon.svg and og.png.
 */
export const cacheRules: readonly { kind: Exclude<CacheKind, 'revalidate'>; paths: readonly string[] }[] = [
  {
    kind: 'immutable',
    // Vite's bundles, named by their content.
    paths: ['_astro/*'],
  },
  { kind: 'short', paths: ['sitemap-*.xml', 'robots.txt'] },
];

/** A path pattern of `cacheRules` as an anchored regular expression over a path under the base. */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** The kind of a file, from its path under the base ('_astro/x.css', 'en/index.html'). */
export function cacheKindOf(path: string): CacheKind {
  const rule = cacheRules.find(({ paths }) => paths.some((pattern) => patternToRegExp(pattern).test(path)));
  return rule?.kind ?? 'revalidate';
}
