import type { Graph } from 'schema-dts';
import { locales, pick, useTranslations, type Locale, type MessageKey } from '../i18n';
import {
  getCatalogue,
  getGlossary,
  getIntakesByProgramme,
  getLinkedQuestions,
  getNameCatalogue,
  getQuestions,
  type Programme,
  type Question,
  type Sector,
} from './content';
import { groupByTopic, type QuestionLinkPlace } from './faq';
import { SECTOR_PAGE_SIZE, TABLE_ROWS_MAX, pagesOf, siblingsOf, wholeList } from './pagination';
import { faqPath, homePath, sectorPath } from './paths';
import { buildFactSheet, type FactSheet } from './programme-facts';
import type { PageDescription } from './route-data';
import { careers, careersInOrder, programmeFit, type ProgrammeFit } from './search/careers';
import { programmeMeta, sectorMeta } from './seo';
import { faqQuestionNodes, programmeNode, sectorProgrammeList, siteRootOf, vtcOrganization, websiteNode } from './structured-data';
import { tableRows } from './programme-table/rows';

/**
 * Route data, computed here once so route files stay thin: each function is one route's
 * `getStaticPaths`, and gives every page what it shows, for every locale, with `page`, the
 * description its layout turns into head, JSON-LD and breadcrumbs (src/lib/route-data.ts).
 */

/** The site's absolute root: Astro sets `import.meta.env.SITE` from `site` (SITE_URL). */
const siteRoot = () => siteRootOf(new URL(import.meta.env.SITE));

/** Home first: the trail above every page but the home page. */
const homeCrumb = (locale: Locale) => ({ label: useTranslations(locale)('nav.home'), href: homePath(locale) });

/** A page described by two dictionary entries, one level below home. */
function describe(locale: Locale, title: MessageKey, description: MessageKey): PageDescription {
  const t = useTranslations(locale);
  return { locale, title: t(title), description: t(description), breadcrumbs: [homeCrumb(locale)] };
}

/** One page per locale, `props` giving each its data. */
function perLocale<Props>(props: (locale: Locale) => Props) {
  return locales.map((locale) => ({ params: { locale }, props: props(locale) }));
}

/** One page per locale, with nothing but the locale. */
export function localeRoutes() {
  return perLocale((locale) => ({ locale }));
}

/** Each sector with its programmes, in brochure order. */
async function sectorsWithProgrammes() {
  const { sectors, programmes } = await getCatalogue();
  return sectors.map((sector) => ({
    sector,
    programmes: programmes.filter((p) => p.data.sector.id === sector.id),
  }));
}

/** How many sectors and programmes the scheme covers, as the home page and the brochure say. */
export interface CatalogueScale {
  sectors: number;
  programmes: number;
}

async function catalogueScale(): Promise<CatalogueScale> {
  const { sectors, programmes } = await getCatalogue();
  return { sectors: sectors.length, programmes: programmes.length };
}

/** The home page: the sectors' cards, the questions families ask first, and the VTC described once for search engines. */
export async function homeRoutes() {
  const sectors = await sectorsWithProgrammes();
  const scale = await catalogueScale();
  const questions = await questionsPerLocale('home');
  return perLocale((locale) => {
    const t = useTranslations(locale);
    const page: PageDescription = {
      locale,
      title: t('home.title'),
      description: t('home.lead'),
      structuredData: { others: [vtcOrganization(locale, siteRoot())] },
      headerSearch: false,
    };
    return { page, sectors, scale, questions: questions[locale] };
  });
}

/** The printable booklet: a one-page summary, then every sector with its programmes, then the rules. */
export async function brochureRoutes() {
  const sectors = await sectorsWithProgrammes();
  return perLocale((locale) => ({ page: describe(locale, 'brochure.title', 'brochure.description'), sectors }));
}

export function supportRoutes() {
  return perLocale((locale) => ({ page: describe(locale, 'support.title', 'support.lead') }));
}

/** The scheme's full rules, in the navigation (issue 17); company support has its own page beside it. */
export function rulesRoutes() {
  return perLocale((locale) => ({ page: describe(locale, 'rules.title', 'rules.lead') }));
}

/** Who the site is for, where its facts come from and how they are checked (issue 17). */
export function aboutRoutes() {
  return perLocale((locale) => ({ page: describe(locale, 'about.title', 'about.lead') }));
}

/** The Hong Kong words a Mainland reader may not know, with their Mainland words (issue 17). */
export async function glossaryRoutes() {
  const entries = await getGlossary();
  return perLocale((locale) => ({ page: describe(locale, 'glossary.title', 'glossary.lead'), entries }));
}

/** The search page: the island, and the credit for the aliases' sources where they must be credited; no second search box in the header (issue 17). */
export async function searchRoutes() {
  const { aliasOrigins } = await getNameCatalogue();
  return perLocale((locale) => ({ page: { ...describe(locale, 'searchPage.title', 'searchPage.lead'), headerSearch: false }, aliasOrigins }));
}

/** The careers page: every job title by sector, and in each language's dictionary order. */
export async function careersRoutes() {
  const catalogue = await getNameCatalogue();
  const { sectors } = await getCatalogue();
  return perLocale((locale) => ({
    page: describe(locale, 'careers.title', 'careers.lead'),
    catalogue,
    sectors,
    groups: careersInOrder(careers(catalogue, locale), locale),
    aliasOrigins: catalogue.aliasOrigins,
  }));
}

/** The eligibility checker: the programme list's groups, the rules' catalogue and the questions its result links, per locale. */
export async function checkerRoutes() {
  const sectors = await sectorsWithProgrammes();
  const catalogue = await getIntakesByProgramme();
  const eligible = await questionsPerLocale('checkerEligible');
  const notEligible = await questionsPerLocale('checkerNotEligible');
  return perLocale((locale) => ({
    page: describe(locale, 'checker.title', 'checker.description'),
    sectors,
    catalogue,
    questions: { eligible: eligible[locale], notEligible: notEligible[locale] },
  }));
}

/** The questions page (issue 12): one locale's questions grouped by topic, each a Question of its FAQPage. */
export async function faqRoutes() {
  const all = await forEachLocale(getQuestions);
  return perLocale((locale) => {
    const groups = groupByTopic(all[locale]);
    const pageUrl = new URL(faqPath(locale), siteRoot()).href;
    const nodes = faqQuestionNodes(
      groups.flatMap((g) => g.questions).map((q) => ({ id: q.id, question: q.data.question, answer: q.text })),
      pageUrl,
    );
    const page: PageDescription = {
      ...describe(locale, 'faq.title', 'faq.description'),
      structuredData: { pageType: 'FAQPage', mainEntity: nodes },
    };
    return { page, groups };
  });
}

/** Money and dates (issue 12): everything the page shows comes from src/lib/costs.ts. */
export function costsRoutes() {
  return perLocale((locale) => ({ page: describe(locale, 'costs.title', 'costs.description') }));
}

/** Something read for every locale at once (questions are content per locale). */
async function forEachLocale<T>(read: (locale: Locale) => Promise<T>): Promise<Record<Locale, T>> {
  const values = await Promise.all(locales.map(read));
  return Object.fromEntries(locales.map((locale, i) => [locale, values[i]])) as Record<Locale, T>;
}

/** The questions a page links to (src/lib/faq.ts, `questionLinks`), for every locale. */
function questionsPerLocale(place: QuestionLinkPlace): Promise<Record<Locale, Question[]>> {
  return forEachLocale((locale) => getLinkedQuestions(locale, place));
}

export interface SectorRoute {
  page: PageDescription;
  sector: Sector;
  /** This page's share of the sector's programmes, in brochure order. */
  programmes: Programme[];
  /** Which page of the sector's programmes this is, from 1, and how many there are. */
  pagination: { current: number; pages: number };
}

/**
 * A sector's pages: its programmes in pages of SECTOR_PAGE_SIZE (one page for every sector of the
 * real catalogue), `/sectors/{id}/` then `/sectors/{id}/2/`, …
 */
export async function sectorRoutes() {
  const routes = [];
  for (const { sector, programmes } of await sectorsWithProgrammes()) {
    const pages = pagesOf(programmes, SECTOR_PAGE_SIZE);
    for (const [i, onPage] of pages.entries()) {
      const pagination = { current: i + 1, pages: pages.length };
      for (const locale of locales) {
        const page = describeSector(locale, sector, onPage, pagination);
        routes.push({
          params: { locale, slug: sector.id, page: i === 0 ? undefined : String(i + 1) },
          props: { page, sector, programmes: onPage, pagination } satisfies SectorRoute,
        });
      }
    }
  }
  return routes;
}

function describeSector(
  locale: Locale,
  sector: Sector,
  programmes: Programme[],
  pagination: SectorRoute['pagination'],
): PageDescription {
  const t = useTranslations(locale);
  const name = pick(sector.data.name, locale);
  const meta = sectorMeta(sector, programmes, locale);
  const { current, pages } = pagination;
  // Later pages say which page they are, so no two pages share a title.
  const numbered = (text: string) => (pages > 1 ? t('pager.title', { title: text, page: current, pages }) : text);
  const url = new URL(sectorPath(locale, sector.id, current), siteRoot()).href;
  const start = (current - 1) * SECTOR_PAGE_SIZE;
  return {
    locale,
    title: numbered(name),
    metaTitle: numbered(meta.title),
    description: pages > 1 ? t('pager.title', { title: meta.description, page: current, pages }) : meta.description,
    structuredData: { mainEntity: sectorProgrammeList(sector, programmes, locale, siteRoot(), url, start) },
    colour: sector.data.colour,
    breadcrumbs: [homeCrumb(locale)],
  };
}

export interface ProgrammeRoute {
  page: PageDescription;
  programme: Programme;
  sector: Sector;
  /** Other programmes of the same sector, in brochure order: all of them, or SIBLINGS_SHOWN. */
  siblings: Programme[];
  /** How many programmes the sector has, this one included. */
  sectorSize: number;
  /** Its sourced facts, grouped, with numbered source notes (issue 8). */
  sheet: FactSheet;
  /** The sector's job titles it fits best, in the site's guidance, and the caveats on its routes (issue 13). */
  fit: ProgrammeFit;
  /** The questions a reader of a programme page asks (issue 12). */
  questions: Question[];
}

export async function programmeRoutes() {
  const catalogue = await getNameCatalogue();
  const questions = await questionsPerLocale('programme');
  const routes = [];
  for (const { sector, programmes } of await sectorsWithProgrammes()) {
    for (const [index, programme] of programmes.entries()) {
      const siblings = siblingsOf(programmes, index);
      const sheet = buildFactSheet(programme.data);
      for (const locale of locales) {
        const meta = programmeMeta(programme, sector, locale);
        const page: PageDescription = {
          locale,
          title: pick(programme.data.name, locale),
          metaTitle: meta.title,
          description: meta.description,
          structuredData: { mainEntity: programmeNode(programme, locale, siteRoot()) },
          colour: sector.data.colour,
          breadcrumbs: [homeCrumb(locale), { label: pick(sector.data.name, locale), href: sectorPath(locale, sector.id) }],
        };
        routes.push({
          params: { locale, slug: programme.id },
          props: { page, programme, sector, siblings, sectorSize: programmes.length, sheet, fit: programmeFit(catalogue, programme.id, locale), questions: questions[locale] } satisfies ProgrammeRoute,
        });
      }
    }
  }
  return routes;
}

/**
 * The site's root: the language chooser, in every language at once (hreflang's x-default). Its
 * JSON-LD is the site as a whole, one name per language, rather than a page of one locale.
 */
export function chooserRoute() {
  const names = Object.fromEntries(locales.map((l) => [l, useTranslations(l)('site.name')])) as Record<Locale, string>;
  const taglines = locales.map((l) => useTranslations(l)('site.tagline'));
  const page: PageDescription = { locale: 'zh-hans', title: names.en, description: `${taglines[0]} · ${taglines[2]}` };
  const graph: Graph = { '@context': 'https://schema.org', '@graph': [websiteNode(siteRoot(), names)] };
  return { page, graph };
}

/** The table of every programme (issue 14): each locale's rows, in the brochure's order. */
export async function programmeTableRoutes() {
  const { sectors, programmes } = await getCatalogue();
  const sectorData = sectors.map((s) => ({ id: s.id, ...s.data }));
  // Past TABLE_ROWS_MAX rows, the page lists the sectors instead, each with its own pages (src/lib/pagination.ts).
  const { items: inTable, omitted } = wholeList(programmes, TABLE_ROWS_MAX);
  const programmeData = inTable.map((p) => ({ id: p.id, ...p.data, sector: p.data.sector.id }));
  const bySector = omitted > 0 ? await sectorsWithProgrammes() : [];
  return perLocale((locale) => {
    const t = useTranslations(locale);
    const description = t(omitted > 0 ? 'table.bySectorLead' : 'table.lead', { count: programmes.length });
    const page: PageDescription = { locale, title: t('table.title'), description, breadcrumbs: [homeCrumb(locale)] };
    return { page, rows: tableRows(sectorData, programmeData, locale), bySector };
  });
}
