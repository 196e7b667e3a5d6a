import type { MessageKey } from '../i18n';
import type { MediumOfInstruction } from './fact-kinds';

/**
 * A programme's language of teaching as the pages show it (issue 12): one row per class the content
 * lists, each with its language as the source states it, or "not stated by the VTC" for a programme
 * whose classes no source gives a language for. Read the facts file precisely: the VTC's list gives
 * AS114109J and AS114206J as Cantonese and BA114055K as Putonghua; IT114206K is Putonghua only by an
 * HKIIT page's address; the codes without a letter have no stated language, and none is guessed.
 */

/** What these functions read from a programme entry's data. */
export interface MediumData {
  sources: Readonly<Record<string, { url: string }>>;
  mediumOfInstruction: readonly {
    code: string;
    medium: MediumOfInstruction;
    source: string;
    seen: 'vpas-list' | 'programme-page' | 'page-address';
  }[];
}

export interface MediumRow {
  code: string;
  medium: MediumOfInstruction;
  /** The language's words: `medium.{medium}`. */
  key: MessageKey;
  /** Where the code was seen, when not on the VTC's VPAS list: `medium.seen.{seen}`. */
  seenKey?: MessageKey;
  /** The page the class was read on. */
  url: string;
}

/** Each language's words. */
export const languageKeys = {
  cantonese: 'medium.cantonese',
  putonghua: 'medium.putonghua',
  'not-stated': 'medium.notStated',
} as const satisfies Record<MediumOfInstruction, MessageKey>;

const seenKeys = {
  'programme-page': 'medium.seen.programmePage',
  'page-address': 'medium.seen.pageAddress',
} as const satisfies Record<string, MessageKey>;

/** One row per class, in the file's order; empty when no source lists a class with its language. */
export function mediumRows(data: MediumData): MediumRow[] {
  return data.mediumOfInstruction.map(({ code, medium, source, seen }) => {
    const page = data.sources[source];
    if (!page) throw new Error(`medium of ${code}: source "${source}" is not listed under sources`);
    return { code, medium, key: languageKeys[medium], ...(seen !== 'vpas-list' && { seenKey: seenKeys[seen] }), url: page.url };
  });
}

/** Whether the rows need the VTC's list beside them: no class, or a class without a stated language, or one not on the list. */
export function needsListLink(rows: readonly MediumRow[]): boolean {
  return rows.length === 0 || rows.some((row) => row.medium === 'not-stated' || row.seenKey !== undefined);
}

/**
 * The classes whose language the VTC's VPAS list itself states, for labels too short to carry a
 * caveat (the checker's programme choice): BA114055K, Putonghua. A language read elsewhere (IT114206K,
 * from a page's address) is shown only where its caveat can stand beside it.
 */
export function statedMedia(data: MediumData): { code: string; key: MessageKey }[] {
  return mediumRows(data)
    .filter((row) => row.medium !== 'not-stated' && row.seenKey === undefined)
    .map(({ code, key }) => ({ code, key }));
}
