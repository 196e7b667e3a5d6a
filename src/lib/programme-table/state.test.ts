import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import {
  COMPARE_LIMIT,
  initialState,
  matches,
  ordered,
  readShortlist,
  readState,
  sortBy,
  stateQuery,
  toggled,
  type RowFacets,
  type TableState,
  type Vocabulary,
} from './state';

const vocabulary: Vocabulary = {
  sector: new Set(['maritime', 'healthcare']),
  institution: new Set(['ive', 'hkiit', 'unknown']),
  language: new Set(['cantonese', 'putonghua', 'not-stated']),
  programme: new Set(['a', 'b', 'c', 'd', 'e']),
};

describe('readState', () => {
  it.each<[string, string, Partial<TableState>]>([
    ['nothing', '', {}],
    ['every part', '?sector=maritime&institution=ive&language=cantonese&sort=code&dir=desc&compare=a,b', {
      sector: 'maritime', institution: 'ive', language: 'cantonese', sort: 'code', descending: true, compare: ['a', 'b'],
    }],
    ['an unknown sector, institution and language', '?sector=space&institution=mit&language=klingon', {}],
    ['an unknown column', '?sort=fee&dir=desc', {}],
    ['a direction without a column', '?dir=desc', {}],
    ['ascending unless desc', '?sort=name&dir=up', { sort: 'name' }],
    ['unknown and repeated programmes', '?compare=a,zz,a,,b', { compare: ['a', 'b'] }],
    ['more than four to compare', '?compare=a,b,c,d,e', { compare: ['a', 'b', 'c', 'd'] }],
    ['compare as a form sends it', '?compare=c&compare=a', { compare: ['c', 'a'] }],
    ['commas escaped', '?compare=a%2Cb', { compare: ['a', 'b'] }],
  ])('reads %s', (_, search, expected) => {
    expect(readState(search, vocabulary)).toEqual({ ...initialState, ...expected });
  });
});

describe('stateQuery', () => {
  examples('writes %o as %s', (state: Partial<TableState>) => stateQuery({ ...initialState, ...state }), [
    [{}, ''],
    [{ sector: 'maritime' }, '?sector=maritime'],
    [{ compare: ['c', 'a', 'b'] }, '?compare=c,a,b'],
    [{ sort: 'intakes' }, '?sort=intakes'],
    [{ sort: 'intakes', descending: true }, '?sort=intakes&dir=desc'],
    // One order whatever the order of changes: one view, one address.
    [{ compare: ['a'], language: 'putonghua', institution: 'unknown', sector: 'healthcare', sort: 'name' },
      '?sector=healthcare&institution=unknown&language=putonghua&sort=name&compare=a'],
  ]);

  it('round-trips through readState', () => {
    const state: TableState = { sector: 'maritime', institution: 'hkiit', language: 'not-stated', sort: 'sector', descending: true, compare: ['e', 'a'] };
    expect(readState(stateQuery(state), vocabulary)).toEqual(state);
  });
});

const row = (id: string, position: number, facets: Partial<RowFacets> = {}, keys: Partial<RowFacets['keys']> = {}): RowFacets => ({
  id,
  position,
  sector: 'maritime',
  institution: 'ive',
  languages: ['not-stated'],
  keys: { name: id, sector: 'Maritime', institution: 'IVE', code: '', intakes: '2026/27', ...keys },
  ...facets,
});

describe('matches', () => {
  const programme = row('a', 0, { sector: 'healthcare', institution: null, languages: ['not-stated', 'cantonese'] });
  examples('%s', (_: string, filters: Partial<TableState>) => matches(programme, { ...initialState, ...filters }), [
    ['no filter', {}, true],
    ['its sector', { sector: 'healthcare' }, true],
    ['another sector', { sector: 'maritime' }, false],
    ['"not stated" for a programme without an institution', { institution: 'unknown' }, true],
    ['a named institution for one without', { institution: 'ive' }, false],
    ['one of its classes’ languages', { language: 'cantonese' }, true],
    ['its class without a stated language', { language: 'not-stated' }, true],
    ['a language none of its classes has', { language: 'putonghua' }, false],
    ['every filter it passes at once', { sector: 'healthcare', institution: 'unknown', language: 'cantonese' }, true],
    ['all but one', { sector: 'healthcare', institution: 'unknown', language: 'putonghua' }, false],
  ]);
});

describe('ordered', () => {
  const rows = [
    row('c', 2, {}, { name: 'Banana', code: 'EG2' }),
    row('a', 0, {}, { name: 'cherry', code: '' }),
    row('b', 1, {}, { name: 'apple', code: 'EG1' }),
    row('d', 3, {}, { name: 'Banana', code: '' }),
  ];
  const compare = new Intl.Collator('en').compare;
  const ids = (state: Partial<TableState>) => ordered(rows, { ...initialState, ...state }, compare).map((r) => r.id);

  it('keeps the brochure’s order when unsorted', () => expect(ids({})).toEqual(['a', 'b', 'c', 'd']));
  it('sorts by the column in the reader’s collation, ties in the brochure’s order', () => {
    expect(ids({ sort: 'name' })).toEqual(['b', 'c', 'd', 'a']);
    expect(ids({ sort: 'name', descending: true })).toEqual(['a', 'c', 'd', 'b']);
  });
  it('puts rows with nothing known in the column last, whichever the direction', () => {
    expect(ids({ sort: 'code' })).toEqual(['b', 'c', 'a', 'd']);
    expect(ids({ sort: 'code', descending: true })).toEqual(['c', 'b', 'a', 'd']);
  });
  it('does not change the rows it is given', () => {
    ids({ sort: 'name' });
    expect(rows.map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('sortBy', () => {
  it('sorts a new column ascending, and the same column the other way each time', () => {
    const once = sortBy(initialState, 'name');
    expect([once.sort, once.descending]).toEqual(['name', false]);
    const twice = sortBy(once, 'name');
    expect([twice.sort, twice.descending]).toEqual(['name', true]);
    expect(sortBy(twice, 'name').descending).toBe(false);
    expect(sortBy(twice, 'code')).toMatchObject({ sort: 'code', descending: false });
  });
});

describe('toggled', () => {
  examples('%o with %s (limit %d) gives %o', toggled, [
    [[], 'a', COMPARE_LIMIT, ['a']],
    [['a', 'b'], 'a', COMPARE_LIMIT, ['b']],
    [['a', 'b', 'c', 'd'], 'e', COMPARE_LIMIT, null],
    [['a', 'b', 'c', 'd'], 'b', COMPARE_LIMIT, ['a', 'c', 'd']],
    [['a', 'b', 'c', 'd', 'e'], 'f', Infinity, ['a', 'b', 'c', 'd', 'e', 'f']],
  ]);
});

describe('readShortlist', () => {
  examples('reads %s as %o', (stored: string | null) => readShortlist(stored, vocabulary.programme), [
    [null, []],
    ['["a","c"]', ['a', 'c']],
    ['["a","gone","a",3,null,"b"]', ['a', 'b']],
    ['not json', []],
    ['{"a":true}', []],
    ['"a"', []],
  ]);
});
