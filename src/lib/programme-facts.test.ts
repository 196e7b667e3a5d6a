import { describe, expect, it } from 'vitest';
import { factKinds } from './fact-kinds';
import { buildFactSheet, factGroups, officialPage } from './programme-facts';

const text = (en: string) => ({ 'zh-hans': en, 'zh-hant': en, en });
const page = (n: number, extra: object = {}) => ({
  url: `https://www.vtc.edu.hk/page-${n}`,
  title: `Page ${n}`,
  accessed: '2026-11-25',
  ...extra,
});

describe('factGroups', () => {
  it('puts every fact kind of the schema in exactly one group', () => {
    const grouped = factGroups.flatMap((g) => [...g.kinds]);
    expect([...grouped].sort()).toEqual([...factKinds].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});

describe('buildFactSheet', () => {
  it('numbers sources in order of first citation: header fields, then groups in page order', () => {
    const sheet = buildFactSheet({
      sources: { a: page(1), b: page(2), c: page(3, { described: true }), d: page(4) },
      official: { nameEn: 'Higher Diploma in X', code: 'EG114705', sourceOf: { code: 'b', nameEn: 'c' } },
      facts: [
        { kind: 'recognition', text: text('recognised'), source: 'a' },
        { kind: 'campus', text: text('campus'), source: 'd' },
        { kind: 'subjects', text: text('subjects'), source: 'b' },
        { kind: 'note', text: text('only two streams'), source: 'a' },
      ],
    });
    // nameEn (c) = 1, code (b) = 2; then notes group (a) = 3, where (d) = 4; b and a keep their numbers.
    expect(sheet.official).toEqual({ nameEn: 1, code: 2 });
    expect(sheet.groups.map((g) => [g.id, g.facts.map((f) => f.note)])).toEqual([
      ['notes', [3]],
      ['where', [4]],
      ['study', [2]],
      ['next', [3]],
    ]);
    expect(sheet.notes.map((n) => [n.note, n.id])).toEqual([[1, 'c'], [2, 'b'], [3, 'a'], [4, 'd']]);
    expect(sheet.notes[0]).toMatchObject({ described: true, host: 'vtc.edu.hk', title: 'Page 3' });
    expect(sheet.notes[1]?.described).toBe(false);
  });

  it('numbers the classes’ languages right after the code, before the institution and the groups', () => {
    const sheet = buildFactSheet({
      sources: { list: page(1), hkiit: page(2), school: page(3) },
      official: {
        code: 'AS114109',
        institution: text('IVE'),
        sourceOf: { code: 'list', institution: 'school' },
      },
      facts: [{ kind: 'campus', text: text('campus'), source: 'school' }],
      mediumOfInstruction: [
        { code: 'AS114109', medium: 'not-stated', source: 'list', seen: 'vpas-list' },
        { code: 'IT114206K', medium: 'putonghua', source: 'hkiit', seen: 'page-address' },
      ],
    });
    // code (list) = 1; the classes: AS114109 (list) keeps 1, IT114206K (hkiit) = 2; institution (school) = 3.
    expect(sheet.official).toEqual({ code: 1, institution: 3 });
    expect(sheet.medium).toEqual({ AS114109: 1, IT114206K: 2 });
    expect(sheet.notes.map((n) => n.id)).toEqual(['list', 'hkiit', 'school']);
  });

  it('orders facts within a group by kind, keeping file order among facts of one kind', () => {
    const sheet = buildFactSheet({
      sources: { a: page(1) },
      official: { sourceOf: {} },
      facts: [
        { kind: 'career', text: text('career'), source: 'a' },
        { kind: 'recognition', text: text('second recognition'), source: 'a' },
        { kind: 'furtherStudy', text: text('degree'), source: 'a' },
        { kind: 'recognition', text: text('first recognition'), source: 'a' },
      ],
    });
    expect(sheet.groups[0]?.facts.map((f) => f.text.en)).toEqual([
      'degree',
      'second recognition',
      'first recognition',
      'career',
    ]);
  });

  it('leaves out groups without facts and gives no notes when nothing is cited', () => {
    const sheet = buildFactSheet({ sources: {}, official: { sourceOf: {} }, facts: [] });
    expect(sheet).toEqual({ official: {}, medium: {}, groups: [], notes: [] });
  });

  it('numbers no official field that is not set, even with a source named for it', () => {
    const sheet = buildFactSheet({ sources: { a: page(1) }, official: { sourceOf: { nameEn: 'a' } }, facts: [] });
    expect(sheet.official).toEqual({});
    expect(sheet.notes).toEqual([]);
  });

  it('throws on a cited source that is not listed (the schema prevents it; this guards the page)', () => {
    expect(() =>
      buildFactSheet({ sources: {}, official: { sourceOf: {} }, facts: [{ kind: 'note', text: text('x'), source: 'missing' }] }),
    ).toThrow('"missing"');
  });
});

describe('officialPage', () => {
  it.each([
    ['the page cited for the code first', { code: 'b', nameEn: 'a' }, 'https://www.vtc.edu.hk/page-2'],
    ['else the one for the English name', { nameEn: 'a', institution: 'b' }, 'https://www.vtc.edu.hk/page-1'],
    ['else the one for the institution', { institution: 'b' }, 'https://www.vtc.edu.hk/page-2'],
  ])('is %s', (_case, sourceOf, url) => {
    expect(officialPage({ sources: { a: page(1), b: page(2) }, official: { sourceOf } })).toEqual({ url, host: 'vtc.edu.hk' });
  });

  it.each(['https://vpas.vtc.edu.hk/', 'https://www.vtc.edu.hk/hqip/vpas-std.php'])('is never the scheme’s own page %s', (url) => {
    const scheme = { url, title: 'VPAS', accessed: '2026-11-25' };
    expect(officialPage({ sources: { a: scheme }, official: { sourceOf: { institution: 'a' } } })).toBeNull();
    expect(officialPage({ sources: { a: scheme, b: page(2) }, official: { sourceOf: { code: 'a', institution: 'b' } } })?.url).toBe('https://www.vtc.edu.hk/page-2');
  });

  it('is null when the programme cites no page for its official details', () => {
    expect(officialPage({ sources: {}, official: { sourceOf: {} } })).toBeNull();
  });
});
