import { describe, expect, it } from 'vitest';
import { locales } from '../i18n';
import {
  breadcrumbList,
  faqQuestionNodes,
  pageGraph,
  programmeNode,
  sectorProgrammeList,
  siteRootOf,
  vtcOrganization,
  websiteNode,
} from './structured-data';
import { sector, withCode, withoutCode } from './testing/entries';

const root = 'https://example.org/';

/** A node as a plain record, to read properties schema-dts types as unions. */
const plain = (node: unknown) => JSON.parse(JSON.stringify(node)) as Record<string, unknown>;

describe.each(locales)('programmeNode in %s', (locale) => {
  const node = plain(programmeNode(withCode, locale, root));

  it('describes a two-year VTC Higher Diploma', () => {
    expect(node).toMatchObject({
      '@type': 'EducationalOccupationalProgram',
      '@id': `${root}${locale}/programmes/cybersecurity/#programme`,
      url: `${root}${locale}/programmes/cybersecurity/`,
      name: withCode.data.name[locale],
      timeToComplete: 'P2Y',
      educationalProgramMode: 'full-time',
      provider: { '@type': 'Organization', '@id': `${root}#vtc` },
    });
    expect(node['educationalCredentialAwarded']).toMatch(/Higher Diploma|高级文凭|高級文憑/);
  });

  it('does not claim the sector’s example jobs as the programme’s occupations', () => {
    expect(node).not.toHaveProperty('occupationalCategory');
  });

  it('gives the programme code where the content knows it', () => {
    expect(node['identifier']).toEqual({ '@type': 'PropertyValue', propertyID: 'VTC programme code', value: 'IT114122' });
    expect(node['alternateName']).toEqual(['Higher Diploma in Cybersecurity']);
  });

  it('leaves out the code and official names where the content does not know them', () => {
    const bare = plain(programmeNode(withoutCode, locale, root));
    expect(bare).not.toHaveProperty('identifier');
    expect(bare).not.toHaveProperty('alternateName');
  });
});

describe('sectorProgrammeList', () => {
  it('lists the programmes in order, each with its page in the same locale', () => {
    const page = `${root}zh-hant/sectors/innovation-and-technology/`;
    const list = plain(sectorProgrammeList(sector, [withCode, withoutCode], 'zh-hant', root, page));
    expect(list).toMatchObject({ '@type': 'ItemList', name: '創新及科技', numberOfItems: 2 });
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: '網絡安全', url: `${root}zh-hant/programmes/cybersecurity/` },
      { '@type': 'ListItem', position: 2, name: '軟件工程', url: `${root}zh-hant/programmes/software-engineering/` },
    ]);
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from 1 and ends at the page itself', () => {
    const page = `${root}en/sectors/maritime/`;
    const list = plain(breadcrumbList([{ label: 'Home', href: '/en/' }, { label: 'Maritime' }], page, root));
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${root}en/` },
      { '@type': 'ListItem', position: 2, name: 'Maritime', item: page },
    ]);
  });
});

describe('pageGraph', () => {
  const page = `${root}en/programmes/cybersecurity/`;
  const mainEntity = programmeNode(withCode, 'en', root);
  const graph = pageGraph({
    locale: 'en',
    pageUrl: page,
    siteRoot: root,
    title: 'Cybersecurity',
    description: 'About it',
    trail: [{ label: 'Home', href: '/en/' }, { label: 'Cybersecurity' }],
    mainEntity,
  });
  const nodes = graph['@graph'].map(plain);

  it('has the WebPage in the page’s language, the entity, then the breadcrumbs', () => {
    expect(nodes.map((n) => n['@type'])).toEqual(['WebPage', 'EducationalOccupationalProgram', 'BreadcrumbList']);
    expect(nodes[0]).toMatchObject({
      '@id': page,
      inLanguage: 'en',
      mainEntity: { '@id': `${page}#programme` },
      breadcrumb: { '@id': `${page}#breadcrumb` },
    });
  });

  it('has no mainEntity when the page names none, and keeps its other entities', () => {
    const home = pageGraph({
      locale: 'zh-hans',
      pageUrl: `${root}zh-hans/`,
      siteRoot: root,
      title: 'Home',
      description: 'd',
      trail: [{ label: 'Home' }],
      others: [vtcOrganization('zh-hans', root)],
    });
    const [webPage, org] = home['@graph'].map(plain);
    expect(webPage).not.toHaveProperty('mainEntity');
    expect(org).toMatchObject({ '@type': 'Organization', '@id': `${root}#vtc`, name: '职业训练局' });
  });
});

describe('faqQuestionNodes and an FAQPage', () => {
  const page = `${root}en/faq/`;
  const questions = [
    { id: 'job-ends', question: 'What if my job ends?', answer: 'You may stay 12 weeks.' },
    { id: 'tuition', question: 'How much is the tuition?', answer: 'HK$61,200 a year (2024/25).' },
  ];
  const nodes = faqQuestionNodes(questions, page).map(plain);

  it('gives each question a Question at its anchor, with its answer as text', () => {
    expect(nodes).toEqual([
      {
        '@type': 'Question',
        '@id': `${page}#job-ends`,
        url: `${page}#job-ends`,
        name: 'What if my job ends?',
        acceptedAnswer: { '@type': 'Answer', text: 'You may stay 12 weeks.' },
      },
      expect.objectContaining({ '@id': `${page}#tuition`, name: 'How much is the tuition?' }),
    ]);
  });

  it('makes the page an FAQPage whose main entities are its questions, in order', () => {
    const graph = pageGraph({
      locale: 'en',
      pageUrl: page,
      siteRoot: root,
      title: 'Questions',
      description: 'd',
      trail: [{ label: 'Home', href: '/en/' }, { label: 'Questions' }],
      pageType: 'FAQPage',
      mainEntity: faqQuestionNodes(questions, page),
    });
    const all = graph['@graph'].map(plain);
    expect(all.map((n) => n['@type'])).toEqual(['FAQPage', 'Question', 'Question', 'BreadcrumbList']);
    expect(all[0]).toMatchObject({ '@id': page, mainEntity: [{ '@id': `${page}#job-ends` }, { '@id': `${page}#tuition` }] });
  });
});

describe('vtcOrganization', () => {
  it('gives the contact the brochure gives, in each locale', () => {
    for (const locale of locales) {
      expect(plain(vtcOrganization(locale, root))).toMatchObject({
        url: 'https://www.vtc.edu.hk/',
        contactPoint: { telephone: '+852 2836 1784', email: 'iss@vtc.edu.hk' },
      });
    }
  });
});

describe('websiteNode', () => {
  it('names the site in each language', () => {
    const site = plain(websiteNode(root, { 'zh-hans': '指南', 'zh-hant': '指南繁', en: 'Guide' }));
    expect(site).toMatchObject({ name: 'Guide', alternateName: ['指南', '指南繁'], inLanguage: ['zh-Hans', 'zh-Hant', 'en'] });
  });
});

describe('siteRootOf', () => {
  it('joins the origin and the base path', () => {
    expect(siteRootOf(new URL('https://example.org'))).toBe('https://example.org/');
  });
  it('refuses to guess without a site', () => {
    expect(() => siteRootOf(undefined)).toThrow(/SITE_URL/);
  });
});
