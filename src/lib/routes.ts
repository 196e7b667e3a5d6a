import { locales, type Locale } from '../i18n';
import {
  getCatalogue,
  getEligibilityCatalogue,
  getProgrammesForSector,
  getSearchCatalogue,
  getSectorOf,
  type Programme,
  type Sector,
} from './content';
import { buildFactSheet, type FactSheet } from './programme-facts';
import { programmeFit, type ProgrammeFit } from './search/careers';

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
  /** The sector's job titles it fits best, in the site's guidance, and the caveats on its routes (issue 13). */
  fit: ProgrammeFit;
}

export async function programmeRoutes() {
  const { programmes } = await getCatalogue();
  const catalogue = await getSearchCatalogue();
  const routes = [];
  for (const programme of programmes) {
    const sector = await getSectorOf(programme);
    const siblings = (await getProgrammesForSector(sector.id)).filter((p) => p.id !== programme.id);
    const sheet = buildFactSheet(programme.data);
    for (const locale of locales) {
      routes.push({
        params: { locale, slug: programme.id },
        props: { locale, programme, sector, siblings, sheet, fit: programmeFit(catalogue, programme.id, locale) } satisfies ProgrammeRoute,
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

/** The eligibility checker: the programme list's groups and the rules' catalogue, per locale. */
export async function checkerRoutes() {
  const sectors = await sectorsWithProgrammes();
  const catalogue = await getEligibilityCatalogue();
  return locales.map((locale) => ({ params: { locale }, props: { locale, sectors, catalogue } }));
}
