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

  it('cites no page about another mode of study or a class whose eligibility is not known', () => {
    // EG524401 is the part-time evening Electrical Engineering; IT114206K the Putonghua Games and
    // Animation class, whose code and medium appear only in its URL.
    expect(urls.filter((u) => /eg524401|it114206k/i.test(u))).toEqual([]);
  });

  it('states no code that was seen only in a URL', () => {
    expect(byId.get('architecture-interior-and-landscape-design')?.official?.code).toBeUndefined();
    expect(byId.get('games-and-animation')?.official?.code).toBeUndefined();
    expect(byId.get('electrical-engineering')?.official).toBeUndefined();
  });

  it('keeps the newer culinary page’s streams, not the older page’s Cantonese Chinese Cuisine stream', () => {
    const culinary = byId.get('culinary-arts');
    expect(culinary?.facts?.some((f) => f.kind === 'medium')).toBe(false);
    expect(culinary?.facts?.filter((f) => f.source === 'ido-ht114360').map((f) => f.kind)).toEqual(['campus']);
  });
});
