import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';
import { distDir } from '../support/server';
import { attribute, readPage, type PageFacts } from './html';
import { isOfficialHost, siteRoot } from './site';

/**
 * Nothing on any page loads from another origin (the site must load fully from the Mainland, and the
 * Content-Security-Policy allows only 'self'), and nothing needs an inline-script or inline-style
 * exception in that policy. Plain links may leave the site, to official sources only.
 */

let pages: PageFacts[] = [];
beforeAll(() => {
  pages = builtPages().map((path) => readPage(distDir, path));
});

function problems(check: (page: PageFacts) => string[]): string[] {
  return pages.flatMap((page) => check(page).map((problem) => `${page.path}: ${problem}`));
}

/** Same site: a path or fragment, or an absolute URL under SITE_URL (canonical, alternates). */
function isOwn(url: string): boolean {
  if (url.startsWith('//')) return false;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return true;
  return url.startsWith(siteRoot);
}

/** Attributes that make a browser fetch, or navigate to, a URL. */
const loadingAttributes = ['src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping'];

describe('no page refers to another origin', () => {
  it('except plain <a href> links to official sources, tel: and mailto:', () => {
    expect(
      problems((p) =>
        p.elements
          .filter((e) => e.name === 'a' && attribute(e, 'href') !== undefined)
          .map((e) => attribute(e, 'href')!)
          .filter((href) => {
            if (isOwn(href) || /^(tel|mailto):/.test(href)) return false;
            try {
              const url = new URL(href);
              return url.protocol !== 'https:' || !isOfficialHost(url.hostname);
            } catch {
              return true;
            }
          })
          .map((href) => `<a href="${href}">`),
      ),
    ).toEqual([]);
  });

  it('in any <link href> or any attribute that loads (src, srcset, action, …)', () => {
    expect(
      problems((p) =>
        p.elements.flatMap((e) => {
          const names = e.name === 'a' ? loadingAttributes : [...loadingAttributes, 'href'];
          return names.flatMap((name) => {
            const value = attribute(e, name);
            if (value === undefined) return [];
            // srcset holds "url size, url size".
            const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
            return urls.filter((u) => !isOwn(u)).map((u) => `<${e.name} ${name}="${u}">`);
          });
        }),
      ),
    ).toEqual([]);
  });

  it('in the stylesheets (url() and @import)', () => {
    const dir = join(distDir, '_astro');
    const sheets = readdirSync(dir).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    const found = sheets.flatMap((file) => {
      const css = readFileSync(join(dir, file), 'utf8');
      const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g), ...css.matchAll(/@import\s+(?:url\()?['"]?([^'");\s]+)/g)];
      return urls.map((m) => m[1] ?? '').filter((u) => !isOwn(u) && !u.startsWith('data:')).map((u) => `${file}: ${u}`);
    });
    expect(found).toEqual([]);
  });
});

describe('nothing on any page needs an inline exception in the Content-Security-Policy', () => {
  it('has no inline <script> (JSON-LD data blocks aside), and every script is a file of the site', () => {
    expect(
      problems((p) =>
        p.elements
          .filter((e) => e.name === 'script')
          .filter((e) => {
            const src = attribute(e, 'src');
            if (src !== undefined) return !isOwn(src) || /^[a-z]+:/i.test(src);
            return attribute(e, 'type') !== 'application/ld+json';
          })
          .map((e) => `<script ${JSON.stringify(e.attributes)}>`),
      ),
    ).toEqual([]);
  });

  it('has no <style> element and no style="" attribute', () => {
    expect(
      problems((p) => [
        ...p.elements.filter((e) => e.name === 'style').map(() => '<style>'),
        ...p.elements.filter((e) => e.attributes['style'] !== undefined).map((e) => `<${e.name} style="${e.attributes['style']}">`),
      ]),
    ).toEqual([]);
  });

  it('has no inline event handler and no javascript: URL', () => {
    expect(
      problems((p) =>
        p.elements.flatMap((e) =>
          Object.entries(e.attributes)
            .filter(([name, value]) => /^on[a-z]+$/i.test(name) || /^\s*javascript:/i.test(String(value)))
            .map(([name]) => `<${e.name} ${name}>`),
        ),
      ),
    ).toEqual([]);
  });

  it('carries the policy in a meta tag before anything that loads', () => {
    expect(
      problems((p) => {
        const head = p.elements.find((e) => e.name === 'head');
        const children = (head?.children ?? []).filter((c) => 'name' in c) as typeof p.elements;
        const csp = children.findIndex((e) => attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
        const firstLoad = children.findIndex((e) => e.name === 'link' || e.name === 'script' || e.name === 'style');
        if (csp < 0) return ['no CSP meta tag'];
        return firstLoad >= 0 && firstLoad < csp ? ['CSP meta tag after a resource'] : [];
      }),
    ).toEqual([]);
  });
});
