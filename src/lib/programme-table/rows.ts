import { pick, type Locale, type MessageKey } from '../../i18n';
import type { Programme, Sector } from '../content';
import { mediaOfInstruction, type MediumOfInstruction } from '../fact-kinds';
import { languageKeys, mediumRows, type MediumData } from '../medium';
import type { RowFacets, SortColumn } from './state';

/**
 * The programmes table's rows (issue 14), worked out at build time from the content, one locale at
 * a time: what each cell shows and what the island filters and sorts by. Only what the content
 * states: an institution, a code or a language no official page gives stays unknown (null, or
 * 'not-stated'), and the page says so in words.
 *
 * The input is plain data (a programme's `data` with its id and its sector's id), so the unit tests
 * build rows without Astro.
 */
export type ProgrammeData = Pick<Programme['data'], 'order' | 'name' | 'englishName' | 'intakes' | 'official' | 'sources'> &
  Pick<MediumData, 'mediumOfInstruction'> & {
  id: string;
  sector: string;
};
export type SectorData = Pick<Sector['data'], 'order' | 'name' | 'colour'> & { id: string };

/** One class of a programme: its VTC code and its language of teaching as a source states it (issue 12). */
export interface ProgrammeClass {
  code: string;
  /** 'not-stated' where the source lists the code without a language: none is guessed. */
  language: MediumOfInstruction;
  /** The language's words (`medium.*`). */
  languageKey: MessageKey;
  /** Where the code was seen, when not on the VTC's VPAS list (`medium.seen.*`); else null. */
  seenKey: MessageKey | null;
}

export interface TableRow {
  id: string;
  /** Its place in the brochure's order (by sector, then as listed), from 0. */
  position: number;
  /** The name in the reader's language: the brochure's, or its translation. */
  name: string;
  /** The VTC's full English title, where an official page gives it. */
  officialName: string | null;
  /** True when `name` is English and is this site's translation, not the VTC's name. */
  translatedName: boolean;
  sector: { id: string; name: string; colour: string };
  /** Null where no official page states it. */
  institution: { key: string; name: string } | null;
  /** Its classes, each with a code; empty where no official page gives a code. */
  classes: ProgrammeClass[];
  /** The intakes the site reads it as eligible for (not an official list: the page says so). */
  intakes: readonly string[];
  /** The programme's own page at the VTC where the content cites one; else null (the page links the VTC's list). */
  vtcPage: string | null;
}

/**
 * A short, stable key for an institution, for the address (`institution=ive`): the abbreviation the
 * VTC puts in brackets after the English name, else the name in lower-case words and dashes.
 */
export function institutionKey(englishName: string): string {
  const abbreviation = /\(([A-Za-z]+)\)\s*$/.exec(englishName)?.[1];
  return (abbreviation ?? englishName)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The key the filter uses for "no official page states the institution". */
export const unknownInstitution = 'unknown';

/**
 * A programme's classes: each code the content lists with its language of teaching
 * (src/lib/medium.ts, the programme page's reading), else its one code, with no language stated;
 * none where no official page gives a code.
 */
export function programmeClasses(data: Pick<ProgrammeData, 'official' | 'sources' | 'mediumOfInstruction'>): ProgrammeClass[] {
  const listed = mediumRows(data);
  if (listed.length > 0) return listed.map((c) => ({ code: c.code, language: c.medium, languageKey: c.key, seenKey: c.seenKey ?? null }));
  const { code } = data.official;
  return code === undefined ? [] : [{ code, language: 'not-stated', languageKey: languageKeys['not-stated'], seenKey: null }];
}

/**
 * The programme's own page at the VTC: the page cited for its code (the page a student applies
 * from), else for its English name or its institution; null when it cites none.
 */
export function vtcPageOf(data: Pick<ProgrammeData, 'official' | 'sources'>): string | null {
  const { sourceOf } = data.official;
  const id = sourceOf.code ?? sourceOf.nameEn ?? sourceOf.institution;
  return (id !== undefined && data.sources[id]?.url) || null;
}

/** Every programme's row in one locale, in the brochure's order (sector by sector). */
export function tableRows(sectors: readonly SectorData[], programmes: readonly ProgrammeData[], locale: Locale): TableRow[] {
  const sectorOrder = [...sectors].sort((a, b) => a.order - b.order);
  const rank = new Map(sectorOrder.map((sector, i) => [sector.id, i]));
  const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
  return [...programmes]
    .sort((a, b) => (rank.get(a.sector) ?? 0) - (rank.get(b.sector) ?? 0) || a.order - b.order)
    .map((programme, position) => {
      const sector = sectorById.get(programme.sector);
      if (!sector) throw new Error(`programme ${programme.id}: unknown sector ${programme.sector}`);
      const { official } = programme;
      return {
        id: programme.id,
        position,
        name: pick(programme.name, locale),
        officialName: official.nameEn ?? null,
        translatedName: locale === 'en' && programme.englishName === 'translation',
        sector: { id: sector.id, name: pick(sector.name, locale), colour: sector.colour },
        institution: official.institution
          ? { key: institutionKey(official.institution.en), name: pick(official.institution, locale) }
          : null,
        classes: programmeClasses(programme),
        intakes: programme.intakes,
        vtcPage: vtcPageOf(programme),
      };
    });
}

/** What the island filters and sorts a row by, as its `<tr>` carries it. */
export function rowFacets(row: TableRow): RowFacets {
  const keys: Record<SortColumn, string> = {
    name: row.name,
    sector: row.sector.name,
    institution: row.institution?.name ?? '',
    code: row.classes[0]?.code ?? '',
    // '2024/25 2025/26 2026/27' before '2026/27': the longest in the scheme first.
    intakes: row.intakes.join(' '),
  };
  return {
    id: row.id,
    position: row.position,
    sector: row.sector.id,
    institution: row.institution?.key ?? null,
    languages: row.classes.length > 0 ? [...new Set(row.classes.map((c) => c.language))] : ['not-stated'],
    keys,
  };
}

/** A filter's choices: each value once, with its label, in the order given. */
export interface Choice {
  value: string;
  label: string;
}

/** The institutions the rows name, by name in the reader's language; "not stated" is the caller's to add. */
export function institutionChoices(rows: readonly TableRow[], compareText: (a: string, b: string) => number): Choice[] {
  const byKey = new Map(rows.flatMap((row) => (row.institution ? [[row.institution.key, row.institution.name] as const] : [])));
  return [...byKey].map(([value, label]) => ({ value, label })).sort((a, b) => compareText(a.label, b.label));
}

/** The languages of teaching the rows' classes have, in the schema's order, with their words. */
export function languageChoices(rows: readonly TableRow[]): { value: MediumOfInstruction; key: MessageKey }[] {
  const found = new Set(rows.flatMap((row) => rowFacets(row).languages));
  return mediaOfInstruction.filter((l) => found.has(l)).map((value) => ({ value, key: languageKeys[value] }));
}

/** The sectors the rows belong to, in the brochure's order (the rows' own). */
export function sectorChoices(rows: readonly TableRow[]): Choice[] {
  const byId = new Map(rows.map((row) => [row.sector.id, row.sector.name]));
  return [...byId].map(([value, label]) => ({ value, label }));
}
