import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

/**
 * What the SEO and security tests read from a built page: its head metadata, its JSON-LD, and every
 * element, so a test can look at any attribute that may load or point to a URL.
 */
export interface PageFacts {
  /** URL path of the page, as tests/support/pages.ts gives it ('/en/', '/404.html'). */
  path: string;
  lang: string | undefined;
  title: string;
  description: string | undefined;
  robots: string | undefined;
  canonicals: string[];
  /** `<link rel="alternate" hreflang>`: hreflang to href, in document order. */
  alternates: { hreflang: string; href: string }[];
  /** `<meta property>` and `<meta name>` values; a property may repeat (og:locale:alternate). */
  meta: Map<string, string[]>;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  elements: ElementNode[];
}

/** Undoes the few entities Astro writes in attribute values and text. */
export function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const textOf = (el: ElementNode): string =>
  el.children.map((c) => (c.type === ELEMENT_NODE ? textOf(c as ElementNode) : String(c.value ?? ''))).join('');

export function readPage(distDir: string, path: string): PageFacts {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  const elements: ElementNode[] = [];
  walkSync(parse(readFileSync(file, 'utf8')), (node) => {
    if (node.type === ELEMENT_NODE) elements.push(node as ElementNode);
  });
  const attr = (el: ElementNode, name: string) => {
    const value = el.attributes[name];
    return value === undefined ? undefined : decode(value);
  };
  const meta = new Map<string, string[]>();
  for (const el of elements.filter((e) => e.name === 'meta')) {
    const key = attr(el, 'property') ?? attr(el, 'name');
    const content = attr(el, 'content');
    if (key && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), content]);
  }
  const links = elements.filter((e) => e.name === 'link');
  const titleEl = elements.find((e) => e.name === 'title');
  return {
    path,
    lang: attr(elements.find((e) => e.name === 'html')!, 'lang'),
    title: titleEl ? decode(textOf(titleEl)).trim() : '',
    description: meta.get('description')?.[0],
    robots: meta.get('robots')?.[0],
    canonicals: links.filter((l) => attr(l, 'rel') === 'canonical').map((l) => attr(l, 'href') ?? ''),
    alternates: links
      .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'))
      .map((l) => ({ hreflang: attr(l, 'hreflang')!, href: attr(l, 'href') ?? '' })),
    meta,
    jsonLd: elements
      .filter((e) => e.name === 'script' && e.attributes['type'] === 'application/ld+json')
      .map((e) => textOf(e)),
    elements,
  };
}

/** Decoded attribute of an element. */
export function attribute(el: ElementNode, name: string): string | undefined {
  const value = el.attributes[name];
  return value === undefined ? undefined : decode(value);
}

export { textOf };
