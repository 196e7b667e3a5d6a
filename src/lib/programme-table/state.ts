/**
 * The programmes table's state (issue 14): which rows a reader filters to, the column they sort
 * by, and the programmes they compare, all kept in the page's address so a link shares exactly
 * what they see and the browser's Back button steps back through it:
 *
 *   /en/programmes/?sector=maritime&institution=ive&language=cantonese&sort=code&dir=desc&compare=a,b
 *
 * The shortlist is the one thing that is not in the address: it stays in the browser's storage on
 * the reader's device (see `readShortlist`) and is never sent anywhere.
 *
 * Pure: no DOM and no dictionaries, so the island imports it without the site's words and the rules
 * are unit-tested beside this file. Anything the page does not know (a mistyped sector, a programme
 * that has left the list, a fifth programme to compare) is dropped, never guessed.
 */

/** The columns a reader may sort by, in the table's order. */
export const sortColumns = ['name', 'sector', 'institution', 'code', 'intakes'] as const;
export type SortColumn = (typeof sortColumns)[number];

/** The filters, in the form's order; each is one value or none. */
export const filterNames = ['sector', 'institution', 'language'] as const;
export type FilterName = (typeof filterNames)[number];
export type Filters = Record<FilterName, string | null>;

/** How many programmes fit side by side: four columns still read on a phone turned sideways and on A4. */
export const COMPARE_LIMIT = 4;

export interface TableState extends Filters {
  /** The sorted column, or null for the brochure's order (by sector, then as the brochure lists them). */
  sort: SortColumn | null;
  descending: boolean;
  /** The programmes to compare, in the order chosen, at most COMPARE_LIMIT. */
  compare: string[];
}

export const initialState: TableState = {
  sector: null,
  institution: null,
  language: null,
  sort: null,
  descending: false,
  compare: [],
};

/** The values the page knows for each filter, and its programmes' ids. */
export type Vocabulary = Record<FilterName | 'programme', ReadonlySet<string>>;

const known = (value: string | null, values: ReadonlySet<string>) => (value !== null && values.has(value) ? value : null);

/** Distinct known ids, in order, at most `limit`. */
function knownIds(ids: readonly string[], values: ReadonlySet<string>, limit: number): string[] {
  return [...new Set(ids.filter((id) => values.has(id)))].slice(0, limit);
}

/** Reads the state from an address's query (`location.search`); what the page does not know is dropped. */
export function readState(search: string, vocabulary: Vocabulary): TableState {
  const query = new URLSearchParams(search);
  const sort = query.get('sort');
  const isColumn = (sortColumns as readonly string[]).includes(sort ?? '');
  return {
    sector: known(query.get('sector'), vocabulary.sector),
    institution: known(query.get('institution'), vocabulary.institution),
    language: known(query.get('language'), vocabulary.language),
    sort: isColumn ? (sort as SortColumn) : null,
    descending: isColumn && query.get('dir') === 'desc',
    // `compare=a,b` as shared; `compare=a&compare=b` as a form would send it.
    compare: knownIds(query.getAll('compare').flatMap((list) => list.split(',')), vocabulary.programme, COMPARE_LIMIT),
  };
}

/**
 * The state as an address's query, '' for the initial state, with the parameters always in one
 * order so one view has one address. Ids and filter values are lower-case words and dashes; the
 * commas between compared ids are kept as they are (`compare=a,b,c`), which URLSearchParams would
 * write as %2C.
 */
export function stateQuery(state: TableState): string {
  const parts: string[] = [];
  for (const name of filterNames) {
    const value = state[name];
    if (value !== null) parts.push(`${name}=${encodeURIComponent(value)}`);
  }
  if (state.sort !== null) {
    parts.push(`sort=${state.sort}`);
    if (state.descending) parts.push('dir=desc');
  }
  if (state.compare.length > 0) parts.push(`compare=${state.compare.map(encodeURIComponent).join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** What the island reads from a table row to filter and sort it. */
export interface RowFacets {
  id: string;
  /** Its place in the brochure's order, from 0. */
  position: number;
  sector: string;
  /** Its institution's key; null where no official page states one. */
  institution: string | null;
  /** The languages of teaching of its classes ('not-stated' for a class no source gives one for). */
  languages: readonly string[];
  /** The text each column sorts by; '' where the cell says "not known". */
  keys: Readonly<Record<SortColumn, string>>;
}

/** Whether a row passes every filter that is set. A programme with no stated institution matches 'unknown'. */
export function matches(row: RowFacets, filters: Filters): boolean {
  return (
    (filters.sector === null || row.sector === filters.sector) &&
    (filters.institution === null || (row.institution ?? 'unknown') === filters.institution) &&
    (filters.language === null || row.languages.includes(filters.language))
  );
}

/**
 * The rows in the state's order: the brochure's when unsorted; else by the column's text in the
 * reader's language (`compareText`: an Intl.Collator's compare), rows with nothing known in that
 * column last whichever the direction, and ties in the brochure's order.
 */
export function ordered<Row extends RowFacets>(
  rows: readonly Row[],
  state: Pick<TableState, 'sort' | 'descending'>,
  compareText: (a: string, b: string) => number,
): Row[] {
  const byPosition = (a: Row, b: Row) => a.position - b.position;
  const { sort } = state;
  if (sort === null) return [...rows].sort(byPosition);
  const direction = state.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a.keys[sort], b.keys[sort]];
    if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0) || byPosition(a, b);
    return direction * compareText(x, y) || byPosition(a, b);
  });
}

/** The next state when a column's header is pressed: ascending first, then the other way. */
export function sortBy(state: TableState, column: SortColumn): TableState {
  const again = state.sort === column;
  return { ...state, sort: column, descending: again ? !state.descending : false };
}

/**
 * A list with `id` added at the end or taken out. Returns null when it is full (`limit`) and `id`
 * is not in it: the caller says why nothing changed rather than dropping another choice.
 */
export function toggled(list: readonly string[], id: string, limit = Infinity): string[] | null {
  if (list.includes(id)) return list.filter((other) => other !== id);
  return list.length >= limit ? null : [...list, id];
}

/** The storage key of the shortlist (localStorage: this browser, this device, this site only). */
export const SHORTLIST_KEY = 'vpas-guide:shortlist';

/**
 * The shortlist as stored (a JSON array of programme ids), or [] for nothing stored or anything
 * unreadable; ids the page does not know (a programme that has left the list) are dropped.
 */
export function readShortlist(stored: string | null, programmes: ReadonlySet<string>): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? knownIds(value.filter((id) => typeof id === 'string'), programmes, Infinity) : [];
  } catch {
    return [];
  }
}
