import { describe, expect, it } from 'vitest';
import { cacheControl, securityHeaders } from './headers';
import { nginxConf } from './nginx';

/** The configuration's directives, comments and blank lines left out. */
const directives = (conf: string) =>
  conf
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

/** The regular expression of the `location ~` block whose Cache-Control is `value`. */
function kindPattern(conf: string, value: string): RegExp {
  const lines = directives(conf);
  const at = lines.findIndex((line, i) => line.startsWith('location ~ ') && lines.slice(i, i + 12).includes(`add_header Cache-Control "${value}" always;`));
  return new RegExp(/^location ~ "(.*)" \{$/.exec(lines[at] ?? '')![1]!);
}

describe.each(['/', '/vpas/', '/a/b-c/'])('the nginx configuration for the base %s', (base) => {
  const conf = nginxConf(base);
  const lines = directives(conf);

  it('is one location block holding the whole site, its braces balanced', () => {
    expect(lines[0]).toBe(`location ^~ ${base} {`);
    let depth = 0;
    for (const line of lines) {
      depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
      expect(depth, line).toBeGreaterThanOrEqual(line === '}' ? 0 : 1);
    }
    expect(depth).toBe(0);
    expect(lines.filter((line) => !/[;{}]$/.test(line))).toEqual([]);
  });

  it('serves the precompressed copies and never compresses per request', () => {
    for (const directive of ['brotli_static on;', 'gzip_static on;', 'gzip_vary on;', 'gzip off;']) expect(lines).toContain(directive);
  });

  it('sends every header always, so error responses carry them too', () => {
    const headers = lines.filter((line) => line.startsWith('add_header '));
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.filter((line) => !line.endsWith(' always;'))).toEqual([]);
    for (const [name, value] of securityHeaders) expect(lines).toContain(`add_header ${name} "${value}" always;`);
  });

  it('gives each locale its not-found page, and the rest the three-language one, as 404s', () => {
    for (const locale of ['zh-hans', 'zh-hant', 'en']) {
      const at = lines.indexOf(`location ${base}${locale}/ {`);
      expect(lines[at + 1]).toBe(`error_page 403 404 =404 ${base}${locale}/404.html;`);
      expect(lines).toContain(`location = ${base}${locale}/404.html {`);
    }
    expect(lines).toContain(`error_page 403 404 =404 ${base}404.html;`);
  });

  it.each([
    ['_astro/a.js', true],
    ['_astro/Search.astro_astro_type_script_index_0_lang.DA8BF5Jl.js', true],
    ['zh-hans/search/catalogue.json', false],
    ['en/_astro/a.js', false],
  ])(`matches ${base}%s as immutable: %s`, (path, immutable) => {
    expect(kindPattern(conf, cacheControl.immutable).test(base + path)).toBe(immutable);
    expect(kindPattern(conf, cacheControl.immutable).test(path)).toBe(false);
  });

  it.each([
    ['sitemap-index.xml', true],
    ['sitemap-0.xml', true],
    ['robots.txt', true],
    ['en/robots.txt', false],
  ])(`matches ${base}%s as short-lived: %s`, (path, short) => {
    expect(kindPattern(conf, cacheControl.short).test(base + path)).toBe(short);
  });

  it('does not serve the server’s own files', () => {
    for (const file of ['_headers', '_redirects', '_nginx.conf']) expect(lines).toContain(`location = ${base}${file} { return 404; }`);
  });
});

describe('what the configuration cannot say', () => {
  it.each(['/vpas guide/', '/$host/', '/a"b/', 'vpas/', '/vpas'])('refuses the base %j, naming it', (base) => {
    expect(() => nginxConf(base)).toThrow(base);
  });
});
