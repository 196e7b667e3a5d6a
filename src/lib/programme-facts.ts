import type { Programme, Sector } from './content';
import { displayHost } from './official-hosts';
import { sources } from './sources';

/**
 * The programme page's "About the programme" and its numbered source notes, computed here so the
 * components only render (issue 8). Pure: no Astro, no DOM, so it is unit-tested beside this file.
 */
type ProgrammeData = Pick<Programme['data'], 'sources' | 'official' | 'facts'> &
  Partial<Pick<Programme['data'], 'mediumOfInstruction'>>;
export type Fact = ProgrammeData['facts'][number];
export type FactKind = Fact['kind'];
export type OfficialField = keyof ProgrammeData['official']['sourceOf'];

/**
 * The page's groups of facts, in page order, each with the kinds it shows in that order. A note
 * comes first because it can change whether the programme suits a reader at all (only two streams of
 * the architecture subject group count for VPAS). Every kind is in exactly one group (tested).
 */
export const factGroups = [
  { id: 'notes', kinds: ['note'] },
  { id: 'where', kinds: ['institution', 'campus'] },
  { id: 'study', kinds: ['subjects', 'stream'] },
  { id: 'next', kinds: ['furtherStudy', 'recognition', 'career'] },
] as const satisfies readonly { id: string; kinds: readonly FactKind[] }[];
export type FactGroupId = (typeof factGroups)[number]['id'];

/** The official fields in the order the programme header shows them, so notes number top-down. */
export const officialOrder = ['nameEn', 'nameZhHant', 'code', 'institution'] as const satisfies readonly OfficialField[];

export interface NumberedFact extends Fact {
  /** The number of the note that gives the fact's source. */
  note: number;
}

export interface FactGroup {
  id: FactGroupId;
  facts: NumberedFact[];
}

export interface SourceNote {
  /** 1, 2, 3 … in the order the page first cites each source. */
  note: number;
  id: string;
  url: string;
  /** The host a reader recognises, e.g. "miao.vtc.edu.hk". */
  host: string;
  title: string;
  /** True when the title is the site's description of an untitled page (shown in brackets). */
  described: boolean;
  /** 'YYYY-MM-DD' when read on a day; 'YYYY-MM' for a source dated by month only. */
  accessed: string;
}

export interface FactSheet {
  /** The note number for each official field that is set. */
  official: Partial<Record<OfficialField, number>>;
  /** The note number of each class's source, by code (its row in the header follows the code's). */
  medium: Record<string, number>;
  /** The groups that have facts, in page order; a group without facts is left out (no empty heading). */
  groups: FactGroup[];
  /** One note per source, numbered in order of first citation; each source once. */
  notes: SourceNote[];
}

/**
 * What the programme page's two fact sections (the key facts first, "About the programme" below)
 * are drawn from: the programme, its sector and the sheet built here.
 */
export interface FactSheetProps {
  programme: Programme;
  sector: Sector;
  /** The programme's facts, grouped and numbered by `buildFactSheet`. */
  sheet: FactSheet;
}

/**
 * Numbers the sources of a programme in the order the page cites them (header fields first, with
 * the classes' languages of teaching after the code, then the groups in page order) and groups the facts. A source cited twice keeps its first number. The
 * schema guarantees that every cited id is listed under `sources`; this throws if that ever breaks.
 */
export function buildFactSheet(data: ProgrammeData): FactSheet {
  const numbers = new Map<string, number>();
  const noteFor = (id: string): number => {
    if (!(id in data.sources)) throw new Error(`source "${id}" is cited but not listed under sources`);
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return numbers.get(id)!;
  };

  const official: FactSheet['official'] = {};
  const medium: FactSheet['medium'] = {};
  for (const field of officialOrder) {
    const id = data.official.sourceOf[field];
    if (id !== undefined && data.official[field] !== undefined) official[field] = noteFor(id);
    // The header shows the language of teaching right after the code.
    if (field === 'code') for (const entry of data.mediumOfInstruction ?? []) medium[entry.code] = noteFor(entry.source);
  }

  const groups: FactGroup[] = [];
  for (const group of factGroups) {
    const kinds: readonly FactKind[] = group.kinds;
    // Kind order within the group, then file order (a stable sort keeps the file's order).
    const facts = data.facts
      .filter((fact) => kinds.includes(fact.kind))
      .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind))
      .map((fact) => ({ ...fact, note: noteFor(fact.source) }));
    if (facts.length > 0) groups.push({ id: group.id, facts });
  }

  const notes = [...numbers].map(([id, note]) => {
    const page = data.sources[id]!;
    return {
      note,
      id,
      url: page.url,
      host: displayHost(page.url),
      title: page.title,
      described: page.described === true,
      accessed: page.accessed,
    };
  });
  return { official, medium, groups, notes };
}

/** The scheme's own pages at the VTC: cited by some programmes, but no programme's own page. */
const schemePages: ReadonlySet<string> = new Set([sources.vtc.url, sources.vtcStudents.url]);

/**
 * The programme's own page at the VTC, for the key facts' "on the VTC's site" row: the page cited for
 * its code (the page a student would apply from), else for its English name or its institution,
 * never the scheme's own pages. Null when the programme cites none; the page then links the VTC's
 * list of VPAS programmes instead.
 */
export function officialPage(data: Pick<ProgrammeData, 'sources' | 'official'>): { url: string; host: string } | null {
  const { sourceOf } = data.official;
  const pages = [sourceOf.code, sourceOf.nameEn, sourceOf.institution].map((id) => (id === undefined ? undefined : data.sources[id]));
  const page = pages.find((p) => p !== undefined && !schemePages.has(p.url));
  return page ? { url: page.url, host: displayHost(page.url) } : null;
}
