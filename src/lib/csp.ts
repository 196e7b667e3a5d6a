/**
 * The site's Content-Security-Policy, written once. It is delivered twice with the same content:
 * - as an HTTP header, with the other security headers of src/lib/serving/headers.ts, from the
 *   server configurations the build writes (dist/_headers for Netlify and Cloudflare Pages,
 *   dist/_nginx.conf for nginx), and
 * - as `<meta http-equiv="content-security-policy">` in every page (src/components/Head.astro), so a
 *   host that ignores `_headers` (GitHub Pages, a bare bucket) still enforces it.
 * Two identical policies enforce exactly what one does.
 *
 * Why no hashes and no nonces: the build emits no inline script and no inline style at all.
 * astro.config.mjs sets `build.inlineStylesheets: 'never'` and `vite.build.assetsInlineLimit: 0`,
 * so Astro's bundled scripts and styles are always files under /_astro/, and `'self'` covers them.
 * A policy without per-build hashes can be a static header, and it stays right when a helper adds a
 * script. The site tests fail if an inline `<script>`, `<style>` or `style=""` ever appears in the
 * output (JSON-LD is a data block, not a script: CSP does not apply to it).
 */

/** Directive name to its sources. Only the site's own origin: no third party, ever. */
export const policy = {
  'default-src': ["'self'"],
  // Astro's bundled modules (the search and eligibility islands): no eval, no WebAssembly.
  'script-src': ["'self'"],
  // The Tailwind stylesheet is a file; no inline style anywhere.
  'style-src': ["'self'"],
  // data: for images drawn at build time (a QR code as a data URL); it cannot run code.
  'img-src': ["'self'", 'data:'],
  // No web fonts: system CJK stacks (the site must load fully from the Mainland).
  'font-src': ["'self'"],
  // The search island fetches its locale's catalogue (/{locale}/search/catalogue.json).
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // Only an HTTP header can forbid framing; browsers ignore (and warn about) it in a meta tag.
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** Directives a `<meta>` policy may not carry (CSP Level 3, section 3.3). */
const headerOnly: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as one line, for an HTTP header or for a meta tag (which drops header-only directives). */
export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  return Object.entries(policy)
    .filter(([name]) => delivery === 'header' || !headerOnly.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Parses a policy string into directive name to sources, for tests and checks. */
export function parsePolicy(text: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
