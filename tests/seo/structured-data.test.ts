import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { readProgramme } from '../support/content';
import { builtPages } from '../support/pages';
import { distDir } from '../support/server';
import { readPage, textOf, attribute, type PageFacts } from './html';
import { pageKind, pageLocale, pathOf, siteRoot, urlOf, type PageKind } from './site';

/** The JSON-LD of every built page: it parses, has the types its kind of page needs, and says only what the content says. */

type Node = Record<string, unknown> & { '@type'?: string; '@id'?: string };
interface Page extends PageFacts {
  nodes: Node[];
}

let pages: Page[] = [];
const ofKind = (kind: PageKind) => pages.filter((p) => pageKind(p.path) === kind);
const node = (page: Page, type: string) => page.nodes.find((n) => n['@type'] === type);

beforeAll(() => {
  pages = builtPages().map((path) => {
    const facts = readPage(distDir, path);
    const nodes = facts.jsonLd.flatMap((text) => {
      const data = JSON.parse(text) as Node & { '@graph'?: Node[] };
      return data['@graph'] ?? [data];
    });
    return { ...facts, nodes };
  });
});

function problems(among: Page[], check: (page: Page) => string[]): string[] {
  return among.flatMap((page) => check(page).map((problem) => `${page.path}: ${problem}`));
}

/** The @type set each kind of page must have (exactly; one node each). */
const expectedTypes: Record<PageKind, string[]> = {
  chooser: ['WebSite'],
  notFound: [],
  home: ['WebPage', 'Organization', 'BreadcrumbList'],
  sector: ['WebPage', 'ItemList', 'BreadcrumbList'],
  programme: ['WebPage', 'EducationalOccupationalProgram', 'BreadcrumbList'],
  // The questions page is the FAQPage itself (a kind of WebPage), with one Question per question.
  faq: ['FAQPage', 'BreadcrumbList'],
  other: ['WebPage', 'BreadcrumbList'],
};

it('parses on every page, with the schema.org context', () => {
  expect(
    problems(pages, (p) =>
      p.jsonLd.flatMap((text) => {
        try {
          const data = JSON.parse(text) as Record<string, unknown>;
          return data['@context'] === 'https://schema.org' ? [] : ['no schema.org @context'];
        } catch (error) {
          return [`does not parse: ${String(error)}`];
        }
      }),
    ),
  ).toEqual([]);
});

it('has the expected @types for each kind of page', () => {
  expect(
    problems(pages, (p) => {
      const types = p.nodes.map((n) => n['@type']).sort();
      const want = expectedTypes[pageKind(p.path)];
      // Pages of other helpers may add entities of their own: require ours, each once. The questions
      // page has its FAQPage and breadcrumbs once and a Question for each question (tests/site/answers.test.ts).
      const kind = pageKind(p.path);
      const ok =
        kind === 'other'
          ? want.every((t) => types.filter((x) => x === t).length === 1)
          : kind === 'faq'
            ? String(types.filter((t) => t !== 'Question')) === String([...want].sort()) && types.includes('Question')
            : String(types) === String([...want].sort());
      return ok ? [] : [`@types ${types} (want ${want})`];
    }),
  ).toEqual([]);
});

it('describes the VTC in full once per page, on the home pages only; elsewhere it is a reference', () => {
  expect(
    problems(pages, (p) => {
      const full = p.nodes.filter((n) => n['@type'] === 'Organization' && 'contactPoint' in n);
      const want = pageKind(p.path) === 'home' ? 1 : 0;
      return full.length === want ? [] : [`${full.length} full Organization nodes`];
    }),
  ).toEqual([]);
});

describe('every page with JSON-LD', () => {
  it('describes itself as a WebPage (or an FAQPage) at its canonical URL, in its language', () => {
    expect(
      problems(
        pages.filter((p) => node(p, 'WebPage') ?? node(p, 'FAQPage')),
        (p) => {
          const page = (node(p, 'WebPage') ?? node(p, 'FAQPage'))!;
          const out = [];
          if (page['url'] !== urlOf(p.path) || page['@id'] !== urlOf(p.path)) out.push(`WebPage url ${page['url']}`);
          if (page['inLanguage'] !== p.lang) out.push(`inLanguage ${page['inLanguage']}`);
          return out;
        },
      ),
    ).toEqual([]);
  });

  it('has a BreadcrumbList that matches the visible trail and ends at the page', () => {
    expect(
      problems(
        pages.filter((p) => pageKind(p.path) !== 'chooser' && pageKind(p.path) !== 'notFound'),
        (p) => {
          const list = node(p, 'BreadcrumbList');
          const items = (list?.['itemListElement'] ?? []) as { position: number; name: string; item: string }[];
          const out: string[] = [];
          if (items.length === 0) return ['no breadcrumb items'];
          if (items.at(-1)?.item !== urlOf(p.path)) out.push(`last crumb ${items.at(-1)?.item}`);
          items.forEach((item, i) => {
            if (item.position !== i + 1) out.push(`position ${item.position} at ${i}`);
            if (!pathOf(item.item)) out.push(`crumb outside the site: ${item.item}`);
          });
          const nav = p.elements.find((e) => e.name === 'nav' && attribute(e, 'aria-label') === useTranslations(pageLocale(p.path))('breadcrumb.label'));
          if (nav) {
            const visible = nav.children.flatMap((c) => ('name' in c && c.name === 'ol' ? c.children : [])).filter((c) => 'name' in c && c.name === 'li');
            const labels = visible.map((li) => textOf(li as never).trim());
            if (String(labels) !== String(items.map((i) => i.name))) out.push(`visible trail ${labels} ≠ ${items.map((i) => i.name)}`);
          }
          return out;
        },
      ),
    ).toEqual([]);
  });

  it('puts every URL of its own under SITE_URL (other origins only for the VTC)', () => {
    expect(
      problems(
        pages.filter((p) => p.nodes.length > 0),
        (p) => {
          const urls = JSON.stringify(p.nodes).match(/https?:\/\/[^"\\]+/g) ?? [];
          return urls.filter((u) => !u.startsWith(siteRoot) && u !== 'https://www.vtc.edu.hk/' && !u.startsWith('https://schema.org/'));
        },
      ),
    ).toEqual([]);
  });
});

describe('programme pages', () => {
  it('state the programme’s facts from its content file and nothing else', () => {
    expect(
      problems(ofKind('programme'), (p) => {
        const locale = pageLocale(p.path);
        const slug = p.path.split('/')[3]!;
        const content = readProgramme(slug);
        const programme = node(p, 'EducationalOccupationalProgram')!;
        const t = useTranslations(locale);
        const want = {
          '@id': `${urlOf(p.path)}#programme`,
          name: content.name[locale],
          url: urlOf(p.path),
          provider: { '@type': 'Organization', '@id': `${siteRoot}#vtc`, name: t('seo.vtcName'), url: 'https://www.vtc.edu.hk/' },
          educationalCredentialAwarded: t('seo.credential'),
          educationalProgramMode: 'full-time',
          timeToComplete: 'P2Y',
          // The brochure's example jobs are the sector's, not the programme's occupations (issue #11).
          occupationalCategory: undefined,
        };
        const out = Object.entries(want)
          .filter(([key, value]) => JSON.stringify(programme[key]) !== JSON.stringify(value))
          .map(([key]) => `${key}: ${JSON.stringify(programme[key])}`);
        // The programme code appears exactly where the content has one.
        const code = (programme['identifier'] as { value?: string } | undefined)?.value;
        if (code !== content.official?.code) out.push(`code ${code} (content: ${content.official?.code})`);
        const names = [content.official?.nameEn, content.official?.nameZhHant].filter((n) => n && n !== content.name[locale]);
        if (JSON.stringify(programme['alternateName'] ?? []) !== JSON.stringify(names)) out.push(`alternateName ${JSON.stringify(programme['alternateName'])}`);
        const page = node(p, 'WebPage')!;
        if ((page['mainEntity'] as Node | undefined)?.['@id'] !== programme['@id']) out.push('WebPage.mainEntity');
        return out;
      }),
    ).toEqual([]);
  });

  it('include a programme code on some pages and not on others (the content knows only some)', () => {
    const withCode = ofKind('programme').filter((p) => node(p, 'EducationalOccupationalProgram')?.['identifier']);
    expect(withCode.length).toBeGreaterThan(0);
    expect(withCode.length).toBeLessThan(ofKind('programme').length);
  });
});

describe('sector pages', () => {
  it('list their programmes in order, each a built page in the same locale', () => {
    expect(
      problems(ofKind('sector'), (p) => {
        const list = node(p, 'ItemList')!;
        const items = list['itemListElement'] as { position: number; url: string; name: string }[];
        const visible = p.elements
          .filter((e) => e.name === 'a' && /\/programmes\/[^/]+\/$/.test(attribute(e, 'href') ?? ''))
          .map((e) => attribute(e, 'href'));
        const out: string[] = [];
        if (list['numberOfItems'] !== items.length || items.length === 0) out.push(`numberOfItems ${list['numberOfItems']}`);
        items.forEach((item, i) => {
          const path = pathOf(item.url);
          if (item.position !== i + 1) out.push(`position ${item.position}`);
          if (!path?.startsWith(`/${pageLocale(p.path)}/programmes/`)) out.push(`item ${item.url}`);
          if (path && !visible.some((href) => href?.endsWith(path))) out.push(`${item.url} is not linked from the page`);
        });
        return out;
      }),
    ).toEqual([]);
  });
});
