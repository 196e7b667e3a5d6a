import { describe, expect, it } from 'vitest';
import { hongKongProblems } from '../support/hong-kong-text';
import { readProgrammes, type CitedPage, type Localised } from '../support/content';
import { sourceUrlProblem } from '../../src/lib/official-hosts';
import { sources as schemeSources } from '../../src/lib/sources';

/**
 * Issue 8: every fact beyond the brochure and the facts file carries its source, and every source is
 * an official https page. These read the programme files as written (the schema enforces the same
 * at build time; tests/content/fact-sources-schema.test.ts proves that it does).
 */
const programmes = readProgrammes();
const cited = programmes.flatMap((p) => Object.entries(p.sources ?? {}).map(([id, page]) => ({ programme: p.id, id, page })));

describe('source URLs', () => {
  it('has programme sources to check', () => expect(cited.length).toBeGreaterThan(20));

  it.each(cited.map((c) => [`${c.programme} → ${c.id}`, c.page] as const))('%s is https on an official host', (_where, page) => {
    expect(sourceUrlProblem(page.url)).toBeNull();
  });

  const schemeUrls = Object.entries(schemeSources).flatMap(([id, source]): [string, string][] => {
    const url: string | Record<string, string> | null = source.url;
    if (url === null) return [];
    return typeof url === 'string' ? [[id, url]] : Object.values(url).map((u): [string, string] => [id, u]);
  });
  it.each(schemeUrls)('the scheme source %s (%s) is https on an official host', (_id, url) => {
    expect(sourceUrlProblem(url)).toBeNull();
  });

  it('gives one record per source id and one id per URL across all programme files', () => {
    const byId = new Map<string, CitedPage>();
    const idByUrl = new Map<string, string>();
    for (const { id, page } of cited) {
      if (byId.has(id)) expect(page, id).toEqual(byId.get(id));
      byId.set(id, page);
      if (idByUrl.has(page.url)) expect(id, page.url).toBe(idByUrl.get(page.url));
      idByUrl.set(page.url, id);
    }
  });
});

describe.each(programmes.map((p) => [p.id, p] as const))('%s', (_id, programme) => {
  const listed = Object.keys(programme.sources ?? {});
  const official = programme.official ?? {};
  const citations = [
    ...Object.values(official.sourceOf ?? {}),
    ...(programme.facts ?? []).map((fact) => fact.source),
    ...(programme.mediumOfInstruction ?? []).map((entry) => entry.source),
  ];

  it('cites a listed source for every fact and every official field, and lists no uncited source', () => {
    for (const field of ['nameEn', 'nameZhHant', 'code', 'institution'] as const) {
      if (official[field] !== undefined) expect(official.sourceOf?.[field], `official.${field}`).toBeDefined();
    }
    for (const id of citations) expect(listed).toContain(id);
    expect([...new Set(citations)].sort()).toEqual([...listed].sort());
  });

  it('writes every fact in three locales: zh-Hant as Hong Kong writes it, English in plain text', () => {
    const texts: Localised[] = [...(programme.facts ?? []).map((f) => f.text), ...(official.institution ? [official.institution] : [])];
    for (const text of texts) {
      expect(hongKongProblems(text['zh-hant'])).toEqual([]);
      expect(text['zh-hans']).not.toBe(text['zh-hant']);
      expect(text.en).toMatch(/^[\x20-\x7e’–]+$/);
    }
  });
});

describe('what the research could not support stays out (NOTES.md caveats)', () => {
  const urls = cited.map((c) => c.page.url);
  const byId = new Map(programmes.map((p) => [p.id, p]));

  it('cites no page about another mode of study, and the Putonghua Games class only for its language', () => {
    // EG524401 is the part-time evening Electrical Engineering. IT114206K, the Putonghua Games and
    // Animation class, appears only in an HKIIT page's address: the facts file lets the site say so
    // (issue 12), as that class's language read from the address, and nothing else.
    expect(urls.filter((u) => /eg524401/i.test(u))).toEqual([]);
    const k = cited.filter((c) => /it114206k/i.test(c.page.url));
    expect(k.map((c) => c.programme)).toEqual(['games-and-animation']);
    const games = byId.get('games-and-animation')!;
    const citing = [...Object.values(games.official?.sourceOf ?? {}), ...(games.facts ?? []).map((f) => f.source)];
    expect(citing).not.toContain(k[0]!.id);
    expect(games.mediumOfInstruction?.filter((m) => m.source === k[0]!.id)).toEqual([
      { code: 'IT114206K', medium: 'putonghua', source: k[0]!.id, seen: 'page-address' },
    ]);
  });

  it('states no code that was seen only in a URL', () => {
    expect(byId.get('architecture-interior-and-landscape-design')?.official?.code).toBeUndefined();
    expect(byId.get('games-and-animation')?.official?.code).toBeUndefined();
    expect(byId.get('electrical-engineering')?.official).toBeUndefined();
  });

  it('states each class’s language exactly as the facts file does, and no other', () => {
    // ../shared/facts/vpas.md, "Medium of instruction": the VTC's 2025/26 list gives AS114109J and
    // AS114206J as Cantonese and BA114055K as Putonghua; the codes without a letter have no stated
    // language; IT114206K is Putonghua by an HKIIT address, IT114206 the code on a VTC programme page.
    const expected: Record<string, [string, string, string][]> = {
      'conservation-and-tree-management': [['AS114109', 'not-stated', 'vpas-list'], ['AS114109J', 'cantonese', 'vpas-list']],
      'rehabilitation-services': [['AS114206', 'not-stated', 'vpas-list'], ['AS114206J', 'cantonese', 'vpas-list']],
      'business-with-e-commerce': [['BA114055K', 'putonghua', 'vpas-list']],
      'games-and-animation': [['IT114206', 'not-stated', 'programme-page'], ['IT114206K', 'putonghua', 'page-address']],
    };
    for (const programme of programmes) {
      const classes = (programme.mediumOfInstruction ?? []).map((m) => [m.code, m.medium, m.seen ?? 'vpas-list']);
      expect(classes, programme.id).toEqual(expected[programme.id] ?? []);
    }
    // A language is stated only where a class's own page or list says it: no "medium" fact remains.
    expect(programmes.flatMap((p) => (p.facts ?? []).filter((f) => f.kind === 'medium'))).toEqual([]);
  });

  it('keeps the newer culinary page’s streams; the Cantonese Chinese Cuisine stream only as its own page says it, beside them', () => {
    // Issue 11 item 8: the Chinese cuisine jobs' route carries what Culinary Arts' own page says of
    // that stream, and that the page for non-local students lists only the other two.
    const culinary = byId.get('culinary-arts');
    expect(culinary?.facts?.some((f) => f.kind === 'medium')).toBe(false);
    const fromIdo = culinary?.facts?.filter((f) => f.source === 'ido-ht114360') ?? [];
    expect(fromIdo.map((f) => f.kind)).toEqual(['campus', 'stream']);
    expect(fromIdo[1]?.text.en).toMatch(/Chinese Cuisine stream .* taught in Cantonese/);
    expect(fromIdo[1]?.text.en).toMatch(/lists only the Classic European and International Cuisine streams/);
  });
});
