import type { Locale, Localised } from '../../i18n';
import type { NameCatalogue, CatalogueProgramme } from './catalogue';
import { comparable } from './text';

/**
 * The careers page's data: every job title of the brochure, by sector and in each language's
 * dictionary order, each with the programmes it leads to. The brochure gives job titles per
 * sector, so a title leads to every programme of its sector; those whose name matches the title
 * (软件工程师 and 软件工程) are marked and listed first.
 */

/**
 * Two-character runs that many names share and that say nothing about the subject: 助理工程师
 * and 汽车工程 share only 工程, which does not make the title the programme's own.
 */
const genericPairs = new Set(['工程', '程师', '管理', '服务', '科技', '科学', '技术', '助理', '主任', '经理', '设计', '专员', '主管']);

function pairs(text: string): Set<string> {
  const chars = [...comparable(text).han];
  return new Set(chars.slice(1).map((char, i) => `${chars[i]}${char}`));
}

/**
 * Whether a programme is named like a job title: their Simplified names share a two-character
 * run that is not a generic one (软件 in 软件工程师 and 软件工程; 数据 in 数据分析师 and
 * 数据科学及人工智能).
 */
export function namedLike(title: Localised, programme: Pick<CatalogueProgramme, 'name'>): boolean {
  const own = pairs(programme.name['zh-hans']);
  return [...pairs(title['zh-hans'])].some((pair) => own.has(pair) && !genericPairs.has(pair));
}

export interface CareerLink {
  sectorId: string;
  /** The sector's programmes, those named like the title first (brochure order otherwise). */
  programmes: { id: string; namedLike: boolean }[];
}

export interface Career {
  /** The title in the page's language. */
  label: string;
  /** The English title, shown beside a Chinese one. */
  en: string;
  /** One entry per sector that lists the title (助理工程师 is in three). */
  sectors: CareerLink[];
}

function linksFor(catalogue: NameCatalogue, sectorId: string, title: Localised): CareerLink {
  const programmes = catalogue.programmes
    .filter((p) => p.sectorId === sectorId)
    .map((p) => ({ id: p.id, namedLike: namedLike(title, p) }))
    .sort((a, b) => Number(b.namedLike) - Number(a.namedLike));
  return { sectorId, programmes };
}

/** Every job title once (a title in several sectors is one career with several sectors). */
export function careers(catalogue: NameCatalogue, locale: Locale): Career[] {
  const byLabel = new Map<string, Career>();
  for (const sector of catalogue.sectors) {
    for (const job of sector.jobs) {
      const label = job.title[locale];
      const career = byLabel.get(label) ?? { label, en: job.title.en, sectors: [] };
      career.sectors.push(linksFor(catalogue, sector.id, job.title));
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
    sectors: [linksFor(catalogue, sectorId, job.title)],
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
