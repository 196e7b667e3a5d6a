import { readFileSync } from 'node:fs';
import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, parse, type ElementNode, type Node } from 'ultrahtml';
import { decode } from '../seo/html';

/**
 * What a reader (or a search engine) reads of a built page, for tests of the site's words: the
 * visible text, the <title>, the meta contents and the JSON-LD strings. Read straight from the HTML
 * file, without a browser.
 *
 * Visible text leaves out `hidden` elements (the search index entry), scripts and styles; the
 * checker's JSON data block is not text but its words are what the island writes, so `islandWords`
 * holds them apart. `inLanguage` keeps only text in the page's own language: an element with a
 * `lang` of another language (an English name on a Chinese page, the language switcher) is left out.
 */
export interface PageText {
  /** The text a reader sees, whitespace collapsed, elements separated by a space. */
  visible: string;
  /**
   * The same, inside the section labelled by the element with this id (`aria-labelledby`), or else
   * inside the element with this id; empty when there is neither.
   */
  within: (id: string) => string;
  title: string;
  /** Every `<meta content>` (description, Open Graph, …). */
  meta: string[];
  /** Every string value of every JSON-LD block, and the property names used. */
  jsonLd: { strings: string[]; keys: string[] };
  /** The strings of the checker's JSON data block's words (empty on other pages). */
  islandWords: string[];
  /** `alt`, `title`, `aria-label` and `placeholder` attributes, which a reader also meets. */
  attributes: string[];
}

const SKIPPED = new Set(['script', 'style', 'template']);
const SPOKEN_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

function strings(value: unknown, into: { strings: string[]; keys: string[] }) {
  if (typeof value === 'string') into.strings.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.keys.push(key);
      strings(item, into);
    }
  }
}

const textOf = (node: Node): string =>
  node.type === TEXT_NODE ? decode(String(node.value ?? '')) : ((node as ElementNode).children ?? []).map(textOf).join('');

/**
 * Reads a built HTML file. `pageLanguage` (e.g. 'zh-Hant') with `inLanguage` drops elements whose
 * `lang` names another language, and everything inside them.
 */
export function readPageText(file: string, options: { inLanguage?: string } = {}): PageText {
  const root = parse(readFileSync(file, 'utf8'));
  const parts: string[] = [];
  const byId = new Map<string, [number, number]>();
  const byLabel = new Map<string, [number, number]>();
  const attributes: string[] = [];
  const meta: string[] = [];
  const jsonLd = { strings: [] as string[], keys: [] as string[] };
  const island: string[] = [];
  let title = '';

  // `shown` is false in the head: its title and meta are read, but none of it is page text.
  const walk = (node: Node, shown: boolean) => {
    if (node.type === TEXT_NODE) {
      if (shown) parts.push(decode(String(node.value ?? '')));
      return;
    }
    if (node.type !== ELEMENT_NODE && node.type !== DOCUMENT_NODE) return; // comments, doctype
    const el = node as ElementNode;
    const name = el.name?.toLowerCase();
    const attr = (key: string) => (el.attributes?.[key] === undefined ? undefined : decode(el.attributes[key]!));
    if (name === 'title') title = textOf(el).trim();
    if (name === 'meta' && attr('content') !== undefined) meta.push(attr('content')!);
    if (name === 'script') {
      if (attr('type') === 'application/ld+json') strings(JSON.parse(textOf(el)), jsonLd);
      if (attr('type') === 'application/json') {
        const data = JSON.parse(textOf(el)) as { words?: Record<string, string> };
        island.push(...Object.values(data.words ?? {}));
      }
      return;
    }
    if (name && (SKIPPED.has(name) || attr('hidden') !== undefined)) return;
    const lang = attr('lang');
    if (options.inLanguage && lang && name !== 'html' && !lang.startsWith(options.inLanguage)) return;
    const inside = shown && name !== 'head';
    if (inside) for (const key of SPOKEN_ATTRIBUTES) if (attr(key)) attributes.push(attr(key)!);
    const start = parts.length;
    parts.push(' ');
    for (const child of el.children ?? []) walk(child, inside);
    parts.push(' ');
    const id = attr('id');
    if (id && !byId.has(id)) byId.set(id, [start, parts.length]);
    const label = attr('aria-labelledby');
    if (label && !byLabel.has(label)) byLabel.set(label, [start, parts.length]);
  };
  walk(root, true);

  const squash = (list: string[]) => list.join('').replace(/\s+/g, ' ').trim();
  return {
    visible: squash(parts),
    within: (id) => {
      const range = byLabel.get(id) ?? byId.get(id);
      return range ? squash(parts.slice(...range)) : '';
    },
    title,
    meta,
    jsonLd,
    islandWords: island,
    attributes,
  };
}
