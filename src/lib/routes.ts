import { locales, type Locale } from '../i18n';
import {
  getCatalogue,
  getEligibilityCatalogue,
  getLinkedQuestions,
  getProgrammesForSector,
  getQuestions,
  getSectorOf,
  type Programme,
  type Question,
  type Sector,
} from './content';
import { groupByTopic } from './faq';
import { buildFactSheet, type FactSheet } from './programme-facts';

/**
 * Route data, computed here once so route files stay thin: each returns what its page shows,
 * for every locale.
 */
export function localeRoutes() {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}

export interface SectorRoute {
  locale: Locale;
  sector: Sector;
  programmes: Programme[];
}

export async function sectorRoutes() {
  const { sectors } = await getCatalogue();
  const routes = [];
  for (const sector of sectors) {
    const programmes = await getProgrammesForSector(sector.id);
    for (const locale of locales) {
      routes.push({ params: { locale, slug: sector.id }, props: { locale, sector, programmes } satisfies SectorRoute });
    }
  }
  return routes;
}

export interface ProgrammeRoute {
  locale: Locale;
  programme: Programme;
  sector: Sector;
  /** The other programmes of the same sector, in brochure order. */
  siblings: Programme[];
  /** Its sourced facts, grouped, with numbered source notes (issue 8). */
  sheet: FactSheet;
  /** The questions a reader of a programme page asks (issue 12). */
  questions: Question[];
}

export async function programmeRoutes() {
  const { programmes } = await getCatalogue();
  const routes = [];
  for (const programme of programmes) {
    const sector = await getSectorOf(programme);
    const siblings = (await getProgrammesForSector(sector.id)).filter((p) => p.id !== programme.id);
    const sheet = buildFactSheet(programme.data);
    for (const locale of locales) {
      const questions = await getLinkedQuestions(locale, 'programme');
      routes.push({
        params: { locale, slug: programme.id },
        props: { locale, programme, sector, siblings, sheet, questions } satisfies ProgrammeRoute,
      });
    }
  }
  return routes;
}

/** Each sector with its programmes, for the home page's cards and the brochure. */
export async function sectorsWithProgrammes() {
  const { sectors, programmes } = await getCatalogue();
  return sectors.map((sector) => ({
    sector,
    programmes: programmes.filter((p) => p.data.sector.id === sector.id),
  }));
}

/** The eligibility checker: the programme list's groups, the rules' catalogue and the questions its result links, per locale. */
export async function checkerRoutes() {
  const sectors = await sectorsWithProgrammes();
  const catalogue = await getEligibilityCatalogue();
  return Promise.all(
    locales.map(async (locale) => {
      const questions = {
        eligible: await getLinkedQuestions(locale, 'checkerEligible'),
        notEligible: await getLinkedQuestions(locale, 'checkerNotEligible'),
      };
      return { params: { locale }, props: { locale, sectors, catalogue, questions } };
    }),
  );
}

/** The home page: the sectors with their programmes, and the questions families ask first. */
export async function homeRoutes() {
  const sectors = await sectorsWithProgrammes();
  return Promise.all(
    locales.map(async (locale) => ({ params: { locale }, props: { locale, sectors, questions: await getLinkedQuestions(locale, 'home') } })),
  );
}

/** The questions page: one locale's questions grouped by topic, in page order (issue 12). */
export async function faqRoutes() {
  return Promise.all(
    locales.map(async (locale) => {
      const groups = groupByTopic(await getQuestions(locale));
      return { params: { locale }, props: { locale, groups } };
    }),
  );
}
