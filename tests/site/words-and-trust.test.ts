import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ELEMENT_NODE, TEXT_NODE, parse, type ElementNode, type Node } from 'ultrahtml';
import { dictionaries, formatDate, locales } from '../../src/i18n';
import { buildDate } from '../../src/lib/build-date';
import { siteInformationAsOf } from '../../src/lib/sources';
import { decode } from '../seo/html';
import { hongKongProblems } from '../support/hong-kong-text';
import { distDir, distFiles, distRelative } from '../support/site';
import { projectRoot } from '../../scripts/lib/content-files';

/**
 * Issue 17 on the built site: "Words a Mainland reader knows" (each Hong Kong word of the glossary
 * is followed by its Mainland word at its first use on a zh-Hans page, once, and only there; the
 * glossary page has every word in three scripts) and "Trust on screen and on paper" (the trust line
 * near the top of every page, the print footer with the disclaimer and the two dates on every page).
 */
interface GlossaryEntry {
  id: string;
  hongKong: { 'zh-hans': string; 'zh-hant': string };
  english: string;
  mainland: string | null;
}
const glossary = parseYaml(readFileSync(join(projectRoot, 'src', 'content', 'glossary.yaml'), 'utf8')) as GlossaryEntry[];
const glossed = glossary.filter((entry) => entry.mainland !== null);
const pages = distFiles('.html').map((file) => ({ file, path: distRelative(file) }));
const zhHans = pages.filter(({ path }) => path.startsWith('zh-hans/'));

const element = (node: Node): ElementNode | undefined => (node.type === ELEMENT_NODE ? (node as ElementNode) : undefined);
const find = (node: Node, test: (el: ElementNode) => boolean): ElementNode | undefined => {
  const el = element(node);
  if (el && test(el)) return el;
  for (const child of (node as ElementNode).children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
};
const textOf = (node: Node): string =>
  node.type === TEXT_NODE ? decode(String(node.value ?? '')) : ((node as ElementNode).children ?? []).map(textOf).join('');

/**
 * The text of <main> a reader meets where a gloss may stand (not in navigation, the h1, form
 * controls, code, hidden parts, the glossary's own list, other languages), without the glosses.
 */
function glossableText(main: ElementNode): string {
  const skipped = new Set(['nav', 'select', 'option', 'code', 'pre', 'svg', 'template', 'button', 'h1', 'script', 'style']);
  const walk = (node: Node): string => {
    if (node.type === TEXT_NODE) return decode(String(node.value ?? ''));
    const el = element(node);
    if (!el) return '';
    const a = el.attributes ?? {};
    if (skipped.has(el.name) || 'hidden' in a || a['data-glossary'] === 'off' || 'data-gloss' in a) return '\n';
    if (a.lang && !a.lang.startsWith('zh-Hans')) return '\n';
    return (el.children ?? []).map(walk).join('');
  };
  return walk(main);
}

describe('the glossary’s words', () => {
  it('are written in Hong Kong Traditional Chinese, each id once', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(9);
    expect(new Set(glossary.map((entry) => entry.id)).size).toBe(glossary.length);
    for (const entry of glossary) expect(hongKongProblems(entry.hongKong['zh-hant']), entry.id).toEqual([]);
  });

  it('include every word the issue names, and 高级文凭 without a Mainland equivalent', () => {
    const terms = glossary.map((entry) => entry.hongKong['zh-hans']);
    for (const word of ['程式设计师', '资讯', '数码', '款待业', '屋宇装备', '园境', '管工', '受养人', '科目组']) expect(terms).toContain(word);
    expect(glossary.find((entry) => entry.hongKong['zh-hans'] === '高级文凭')?.mainland).toBeNull();
  });
});

describe('zh-Hans pages', () => {
  it('have pages to check', () => expect(zhHans.length).toBeGreaterThan(50));

  it.each(zhHans.map(({ file, path }) => [path, file]))('%s: each word glossed at its first use, once', (_path, file) => {
    const root = parse(readFileSync(file, 'utf8'));
    const main = find(root, (el) => el.name === 'main');
    if (!main) return;
    const glosses: string[] = [];
    find(main, (el) => {
      if (el.attributes?.['data-gloss']) glosses.push(...el.attributes['data-gloss'].split(' '));
      return false;
    });
    const text = glossableText(main);
    const problems = glossed.flatMap(({ id, hongKong }) => {
      const count = glosses.filter((g) => g === id).length;
      if (count > 1) return [`${id} glossed ${count} times`];
      if (text.includes(hongKong['zh-hans']) && count === 0) return [`${hongKong['zh-hans']} used but not glossed`];
      if (!text.includes(hongKong['zh-hans']) && count === 1) return [`${id} glossed but not used`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ['zh-hans/programmes/building-services-engineering/index.html', '屋宇装备工程学（屋宇装备即建筑设备）'],
    ['zh-hans/programmes/international-hospitality-management/index.html', '国际款待业管理（款待业即酒店业）'],
    ['zh-hans/sectors/innovation-and-technology/index.html', '程式设计师（程序员）'],
    ['zh-hans/rules/index.html', '受养人（随行家属）'],
  ])('%s reads “%s”', (path, phrase) => {
    const main = find(parse(readFileSync(join(distDir, path), 'utf8')), (el) => el.name === 'main')!;
    expect(textOf(main).replace(/\s+/g, '')).toContain(phrase);
  });

  it('link each gloss to its word on the glossary page', () => {
    const html = readFileSync(join(distDir, 'zh-hans/programmes/building-services-engineering/index.html'), 'utf8');
    expect(html).toMatch(/（屋宇装备即<a href="\/zh-hans\/glossary\/#building-services"[^>]*>建筑设备<\/a>）/);
  });
});

describe('zh-Hant and English pages', () => {
  it('carry no gloss', () => {
    const withGloss = pages.filter(({ path }) => /^(zh-hant|en)\//.test(path)).filter(({ file }) => readFileSync(file, 'utf8').includes('data-gloss='));
    expect(withGloss.map(({ path }) => path)).toEqual([]);
  });
});

describe.each(locales)('the %s glossary page', (locale) => {
  const html = readFileSync(join(distDir, locale, 'glossary', 'index.html'), 'utf8');
  const root = parse(html);

  it.each(glossary.map((entry) => [entry.id, entry]))('has %s in three scripts, under its anchor', (id, entry) => {
    const item = find(root, (el) => el.attributes?.id === id);
    expect(item, id).toBeDefined();
    const text = textOf(item!);
    for (const form of [entry.hongKong['zh-hant'], entry.hongKong['zh-hans'], entry.english]) expect(text).toContain(form);
    if (entry.mainland) expect(text).toContain(entry.mainland);
  });
});

describe('trust on every page', () => {
  it.each(pages.map(({ file, path }) => [path, file]))('%s', (path, file) => {
    const root = parse(readFileSync(file, 'utf8'));
    const lang = find(root, (el) => el.name === 'html')?.attributes?.lang ?? '';
    const locale = locales.find((l) => lang.toLowerCase() === l) ?? 'zh-hans';
    const d = dictionaries[locale];
    const squashed = (node: Node | undefined) => (node ? textOf(node).replace(/\s+/g, ' ') : '');
    if (path === 'index.html') {
      // The language chooser: the line in each language, under the title.
      const body = squashed(find(root, (el) => el.name === 'body'));
      for (const l of locales) expect(body).toContain(dictionaries[l]['trust.line']);
      return;
    }
    // Near the top: in the site header.
    expect(squashed(find(root, (el) => el.name === 'header'))).toContain(d['trust.line']);
    // On paper, at the foot of every printed page: the line, the disclaimer and the two dates, apart.
    const printFooter = find(root, (el) => 'data-print-footer' in (el.attributes ?? {}));
    const printed = squashed(printFooter);
    for (const words of [d['trust.line'], d['footer.disclaimer'], d['trust.asOf'], d['trust.built']]) expect(printed).toContain(words);
    expect(find(printFooter!, (el) => el.attributes?.['data-information-as-of'] === siteInformationAsOf)).toBeDefined();
    // The build day is the build's own (VPAS_BUILD_DATE or the day in Hong Kong), a real day.
    const built = find(printFooter!, (el) => 'data-build-date' in (el.attributes ?? {}))?.attributes?.['data-build-date'] ?? '';
    expect(built).toBe(buildDate({ VPAS_BUILD_DATE: built }));
    // On screen, in the footer: the same two dates, each under its own label.
    const footer = squashed(find(root, (el) => el.name === 'footer')).replace(/\s+/g, '');
    expect(footer).toContain(`${d['trust.asOf']}${formatDate(siteInformationAsOf, locale)}`.replace(/\s+/g, ''));
    expect(footer).toContain(`${d['trust.built']}${formatDate(built, locale)}`.replace(/\s+/g, ''));
  });
});
