import type { Locale } from '../../i18n';
import type { CatalogueJob, NameCatalogue } from './catalogue';
import { hongKongText, unique } from './forms';
import { hasHan } from './text';

/**
 * The careers page's data: every job title of the brochure, by sector and in each language's
 * dictionary order, each with the programmes it leads to and its other names. The brochure gives
 * job titles per sector, so a title leads to every programme of its sector; the site's best fit
 * for the title (src/content/best-fit) is marked, with its reason, and listed first.
 */

export interface CareerProgramme {
  id: string;
  /** Whether the site suggests it as a best fit for the title. */
  best: boolean;
  /** Why, for a best fit, in the page's language. */
  why?: string;
  /** What the student must know about this route (a fact of the programme, with its source). */
  caveat?: { text: string; url: string };
}

export interface CareerLink {
  sectorId: string;
  /** The sector's programmes: the best fit first, in the site's order, then the rest in brochure order. */
  programmes: CareerProgramme[];
}

export interface Career {
  /** The title in the page's language. */
  label: string;
  /** The English title, shown beside a Chinese one. */
  en: string;
  /** Its other names (its aliases) in the page's script: Chinese on Chinese pages, English on English ones. */
  otherNames: string[];
  /** One entry per sector that lists the title (助理工程师 is in three). */
  sectors: CareerLink[];
}

function linksFor(catalogue: NameCatalogue, sectorId: string, job: CatalogueJob, locale: Locale): CareerLink {
  const best = job.best.map((b) => b.programme);
  const programmes = catalogue.programmes
    .filter((p) => p.sectorId === sectorId)
    .sort((a, b) => rank(best, a.id) - rank(best, b.id))
    .map((p): CareerProgramme => {
      const fit = job.best.find((b) => b.programme === p.id);
      const caveat = p.caveats.find((c) => c.jobs.includes(job.title['zh-hans']));
      return {
        id: p.id,
        best: Boolean(fit),
        ...(fit ? { why: fit.why[locale] } : {}),
        ...(caveat ? { caveat: { text: caveat.text[locale], url: caveat.source.url } } : {}),
      };
    });
  return { sectorId, programmes };
}

/** A best fit's place in the site's order; the rest after it (a stable sort keeps brochure order). */
const rank = (best: readonly string[], id: string) => (best.includes(id) ? best.indexOf(id) : best.length);

/** A title's aliases as a reader of the locale would write them (程序员 on zh-hans, 程序員 on zh-hant). */
function otherNames(job: CatalogueJob, locale: Locale): string[] {
  if (locale === 'en') return job.aliases.forms.filter((a) => !hasHan(a));
  const chinese = job.aliases.forms.filter(hasHan);
  return locale === 'zh-hant' ? unique(chinese.map(hongKongText)) : chinese;
}

/** Every job title once (a title in several sectors is one career with several sectors). */
export function careers(catalogue: NameCatalogue, locale: Locale): Career[] {
  const byLabel = new Map<string, Career>();
  for (const sector of catalogue.sectors) {
    for (const job of sector.jobs) {
      const label = job.title[locale];
      const career = byLabel.get(label) ?? { label, en: job.title.en, otherNames: [], sectors: [] };
      career.otherNames = unique([...career.otherNames, ...otherNames(job, locale)]);
      career.sectors.push(linksFor(catalogue, sector.id, job, locale));
      byLabel.set(label, career);
    }
  }
  return [...byLabel.values()];
}

/** The careers of one sector, in the brochure's order. */
export function careersOfSector(catalogue: NameCatalogue, sectorId: string, locale: Locale): Career[] {
  const sector = catalogue.sectors.find((s) => s.id === sectorId);
  return (sector?.jobs ?? []).map((job) => ({
    label: job.title[locale],
    en: job.title.en,
    otherNames: otherNames(job, locale),
    sectors: [linksFor(catalogue, sectorId, job, locale)],
  }));
}

/**
 * Dictionary order for each language, as its readers look things up:
 * - English: A to Z, grouped by first letter;
 * - Simplified Chinese: by pinyin, grouped by the pinyin's first letter (as Mainland dictionaries
 *   and phone contact lists are);
 * - Traditional Chinese: by the number of strokes of the first character (as Hong Kong
 *   dictionaries are), grouped by that number.
 *
 * ICU's collations for pinyin and strokes carry boundary characters (U+FDD0 followed by a letter,
 * or by U+2801 and up for one stroke and up) that sort just before the first character of each
 * group: comparing a title with them gives its group without any pinyin or stroke table.
 */
const orders = {
  en: { collation: 'en', boundaries: [] as string[] },
  'zh-hans': {
    collation: 'zh-Hans-u-co-pinyin',
    boundaries: [...'ABCDEFGHJKLMNOPQRSTWXYZ'].map((letter) => `\uFDD0${letter}`),
  },
  'zh-hant': {
    collation: 'zh-Hant-u-co-stroke',
    boundaries: Array.from({ length: 64 }, (_, i) => `\uFDD0${String.fromCodePoint(0x2801 + i)}`),
  },
} as const;

function groupLabel(text: string, locale: Locale, collator: Intl.Collator): string {
  if (locale === 'en') return /^[a-z]/i.test(text) ? text.charAt(0).toUpperCase() : '#';
  const { boundaries } = orders[locale];
  let found: string | undefined;
  for (const boundary of boundaries) {
    if (collator.compare(boundary, text) <= 0) found = boundary;
    else break;
  }
  if (!found) return '#';
  const mark = found.codePointAt(1) ?? 0;
  return locale === 'zh-hans' ? String.fromCodePoint(mark) : String(mark - 0x2800);
}

export interface CareerGroup {
  /** "A" to "Z" (English, pinyin), or the number of strokes ("2" to "30"). */
  label: string;
  careers: Career[];
}

export function careersInOrder(all: readonly Career[], locale: Locale): CareerGroup[] {
  const collator = new Intl.Collator(orders[locale].collation);
  const sorted = [...all].sort((a, b) => collator.compare(a.label, b.label));
  const groups: CareerGroup[] = [];
  for (const career of sorted) {
    const label = groupLabel(career.label, locale, collator);
    const last = groups.at(-1);
    if (last?.label === label) last.careers.push(career);
    else groups.push({ label, careers: [career] });
  }
  return groups;
}

/** A programme page's view of the best fit: the sector's titles it fits best, and its routes' caveats. */
export interface ProgrammeFit {
  /** Job titles (Simplified, as the sector file writes them) this programme is a best fit for → why. */
  best: Record<string, string>;
  /** The caveats on routes to it, each with the titles (Simplified) whose route carries it. */
  caveats: { jobs: string[]; text: string; url: string }[];
}

export function programmeFit(catalogue: NameCatalogue, programmeId: string, locale: Locale): ProgrammeFit {
  const programme = catalogue.programmes.find((p) => p.id === programmeId);
  const sector = catalogue.sectors.find((s) => s.id === programme?.sectorId);
  const best: Record<string, string> = {};
  for (const job of sector?.jobs ?? []) {
    const fit = job.best.find((b) => b.programme === programmeId);
    if (fit) best[job.title['zh-hans']] = fit.why[locale];
  }
  const caveats = (programme?.caveats ?? []).map((c) => ({ jobs: c.jobs, text: c.text[locale], url: c.source.url }));
  return { best, caveats };
}
