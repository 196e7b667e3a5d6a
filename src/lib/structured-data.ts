import type {
  BreadcrumbList,
  EducationalOccupationalProgram,
  FAQPage,
  Graph,
  ItemList,
  Organization,
  Question,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import { languageTags, locales, pick, useTranslations, type Locale, type Localised } from '../i18n';
import { admissionsOffice, internationalNumber } from './contacts';
import { programmePath, sitePath } from './paths';

/**
 * JSON-LD (schema.org) for each page, as one `@graph` per page, typed with schema-dts. Only facts from
 * the content and ../shared/facts/vpas.md; where the content does not know something (a programme
 * code, an official name) the property is left out rather than guessed.
 *
 * Every URL here is absolute. Nodes refer to each other by `@id`: the page's URL for its WebPage,
 * `{url}#programme` for a programme, `{url}#breadcrumb`, and on the site root `#website` and `#vtc`.
 */

/** What the programme node reads from an entry (a `CollectionEntry<'programmes'>` fits). */
export interface ProgrammeFacts {
  id: string;
  data: {
    name: Localised;
    englishName: 'official' | 'translation';
    official: { nameEn?: string | undefined; nameZhHant?: string | undefined; code?: string | undefined };
  };
}

/** What the sector list reads from a sector entry. */
export interface SectorFacts {
  id: string;
  data: { name: Localised; jobTitles: readonly Localised[] };
}

/** A breadcrumb as the layout has it: a label and a site path (none for the current page). */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/**
 * The site's absolute root with its base path ('https://example.org/vpas/'), from `Astro.site` (the
 * origin, set from SITE_URL in astro.config.mjs). Every function here takes it as `siteRoot`.
 */
export function siteRootOf(site: URL | undefined): string {
  if (!site) throw new Error('Structured data needs `site` in astro.config.mjs (set from SITE_URL)');
  return new URL(sitePath(), site).href;
}

export const absoluteUrl = (path: string, siteRoot: string) => new URL(path, siteRoot).href;
const websiteId = (siteRoot: string) => `${siteRoot}#website`;
const vtcId = (siteRoot: string) => `${siteRoot}#vtc`;

/** The VTC's home page: the host of its VPAS pages cited in the facts file ([VTC]). */
const vtcUrl = 'https://www.vtc.edu.hk/';

/**
 * The VTC, described once: on the locale home pages. Programme pages refer to it by `@id` with its name,
 * so each page still parses on its own. Its contact point is the brochure's admissions enquiries (src/lib/contacts.ts).
 */
export function vtcOrganization(locale: Locale, siteRoot: string): Organization {
  const t = useTranslations(locale);
  return {
    '@type': 'Organization',
    '@id': vtcId(siteRoot),
    name: t('seo.vtcName'),
    alternateName: 'VTC',
    url: vtcUrl,
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: t('contacts.admissions'),
      telephone: internationalNumber(admissionsOffice.phone),
      email: admissionsOffice.email.text,
    },
  };
}

function vtcReference(locale: Locale, siteRoot: string): Organization {
  return { '@type': 'Organization', '@id': vtcId(siteRoot), name: useTranslations(locale)('seo.vtcName'), url: vtcUrl };
}

/**
 * A programme: a VTC full-time two-year Higher Diploma (brochure: "VTC全日制高级文凭(两年制)课程").
 * No `occupationalCategory`: the brochure's example jobs are its sector's, not this programme's
 * (Culinary Arts does not lead to port agent), and the property would claim they are the
 * programme's own. The page shows them as the sector's examples instead. schema.org has no property for a
 * programme's code, so a known code goes in `identifier`; schema.org's `inLanguage` would claim a
 * language of instruction, which the content does not know, so the page's language is on the WebPage.
 */
export function programmeNode(programme: ProgrammeFacts, locale: Locale, siteRoot: string): EducationalOccupationalProgram {
  const t = useTranslations(locale);
  const url = absoluteUrl(programmePath(locale, programme.id), siteRoot);
  const { official } = programme.data;
  const name = pick(programme.data.name, locale);
  const officialNames = [official.nameEn, official.nameZhHant].filter((n): n is string => !!n && n !== name);
  return {
    '@type': 'EducationalOccupationalProgram',
    '@id': `${url}#programme`,
    name,
    ...(officialNames.length > 0 && { alternateName: officialNames }),
    url,
    provider: vtcReference(locale, siteRoot),
    educationalCredentialAwarded: t('seo.credential'),
    educationalProgramMode: 'full-time',
    timeToComplete: 'P2Y',
    ...(official.code && {
      identifier: { '@type': 'PropertyValue', propertyID: 'VTC programme code', value: official.code },
    }),
  };
}

/**
 * A sector page's list: its programmes in brochure order, each with its page in the same locale.
 * A later page of a long sector lists its own share, numbered on from `start` (the items before it).
 */
export function sectorProgrammeList(
  sector: SectorFacts,
  programmes: readonly ProgrammeFacts[],
  locale: Locale,
  siteRoot: string,
  pageUrl: string,
  start = 0,
): ItemList {
  return {
    '@type': 'ItemList',
    '@id': `${pageUrl}#programmes`,
    name: pick(sector.data.name, locale),
    numberOfItems: programmes.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: programmes.map((programme, i) => ({
      '@type': 'ListItem',
      position: start + i + 1,
      name: pick(programme.data.name, locale),
      url: absoluteUrl(programmePath(locale, programme.id), siteRoot),
    })),
  };
}

/** The trail as shown on the page (home first, the page itself last), with absolute URLs. */
export function breadcrumbList(trail: readonly Crumb[], pageUrl: string, siteRoot: string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${pageUrl}#breadcrumb`,
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? absoluteUrl(crumb.href, siteRoot) : pageUrl,
    })),
  };
}

/** The site as a whole, on its root (the language chooser): one name per language. */
export function websiteNode(siteRoot: string, names: Localised): WebSite {
  return {
    '@type': 'WebSite',
    '@id': websiteId(siteRoot),
    url: siteRoot,
    name: names.en,
    alternateName: locales.filter((l) => l !== 'en').map((l) => names[l]),
    inLanguage: locales.map((l) => languageTags[l]),
  };
}

/**
 * The questions page's questions (issue 12), one Question node each, its answer's text as the page
 * shows it: each at its anchor on the page (`{pageUrl}#{id}`), which is also its `@id`.
 */
export function faqQuestionNodes(
  questions: readonly { id: string; question: string; answer: string }[],
  pageUrl: string,
): Question[] {
  return questions.map(({ id, question, answer }) => ({
    '@type': 'Question',
    '@id': `${pageUrl}#${id}`,
    url: `${pageUrl}#${id}`,
    name: question,
    acceptedAnswer: { '@type': 'Answer', text: answer },
  }));
}

/** The entities a page is about, handed to the layout: the main one (or several), and any others it describes. */
export interface PageEntities {
  /** The page as schema.org names it: a WebPage, or an FAQPage whose main entities are its questions. */
  pageType?: 'WebPage' | 'FAQPage';
  mainEntity?: Thing | readonly Thing[];
  others?: readonly Thing[];
}

export interface PageGraphInput extends PageEntities {
  locale: Locale;
  pageUrl: string;
  siteRoot: string;
  /** The `<title>`. */
  title: string;
  description: string;
  /** Home first, the page itself last. */
  trail: readonly Crumb[];
}

/** The whole graph of a page: its WebPage (language, breadcrumb, main entity), the entities, the trail. */
export function pageGraph(input: PageGraphInput): Graph {
  const { locale, pageUrl, siteRoot, title, description, trail, pageType = 'WebPage', mainEntity, others = [] } = input;
  const breadcrumb = breadcrumbList(trail, pageUrl, siteRoot);
  const mains: readonly Thing[] = mainEntity === undefined ? [] : Array.isArray(mainEntity) ? mainEntity : [mainEntity as Thing];
  const references = mains.flatMap((thing) => (typeof thing === 'object' && thing['@id'] ? [{ '@id': thing['@id'] }] : []));
  const page: WebPage | FAQPage = {
    '@type': pageType,
    '@id': pageUrl,
    url: pageUrl,
    name: title,
    description,
    inLanguage: languageTags[locale],
    isPartOf: { '@id': websiteId(siteRoot) },
    breadcrumb: { '@id': `${pageUrl}#breadcrumb` },
    // One main entity is referred to as itself; an FAQPage's questions as a list.
    ...(references.length > 0 && { mainEntity: Array.isArray(mainEntity) ? references : references[0] }),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [page, ...mains, ...others, breadcrumb],
  };
}
