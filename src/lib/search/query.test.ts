import { describe, expect, it } from 'vitest';
import { pagefindFinder, runSearch, type SearchEngine } from './query';
import type { Found, SearchCatalogue } from './rank';
import { simplifier } from './text';

/**
 * The query pipeline with a stand-in for Pagefind: `index` says which pages a word finds (as
 * Pagefind does, a query finds the pages that have all its words, each word by its start).
 */
const url = (kind: string, id: string) => `/en/${kind}s/${id}/`;
const catalogue: SearchCatalogue = {
  simplify: { from: '護', to: '护' },
  pages: [
    { kind: 'sector', id: 'health', sectorId: 'health', order: 7, title: 'Healthcare', url: url('sector', 'health'), names: ['健康护理', 'Healthcare'] },
    { kind: 'sector', id: 'it', sectorId: 'it', order: 9, title: 'IT', url: url('sector', 'it'), names: ['创新及科技', 'Innovation and Technology'] },
    { kind: 'programme', id: 'rehab', sectorId: 'health', order: 1, title: 'Rehabilitation', url: url('programme', 'rehab'), names: ['康复服务', 'Rehabilitation Services'] },
    { kind: 'programme', id: 'software', sectorId: 'it', order: 2, title: 'Software', url: url('programme', 'software'), names: ['软件工程', 'Software Engineering'] },
  ],
  sectors: [
    { id: 'health', title: 'Healthcare', url: url('sector', 'health'), programmes: ['rehab'] },
    { id: 'it', title: 'IT', url: url('sector', 'it'), programmes: ['software'] },
  ],
  details: {
    health: {
      id: 'health',
      names: {},
      jobs: [{ label: 'Physiotherapy Assistant', forms: ['物理治疗助理', 'Physiotherapy Assistant'], aliases: [], best: ['rehab'], why: ['named for it'] }],
    },
    it: {
      id: 'it',
      names: {},
      jobs: [{ label: 'Software Engineer', forms: ['软件工程师', 'Software Engineer'], aliases: ['网管'], best: ['software'], why: ['named for it'] }],
    },
  },
  noProgramme: [
    { label: 'Nurse', forms: ['护士', 'nurse', '注册护士'], nearest: 'health' },
    { label: 'Physiotherapist', forms: ['物理治疗师', 'physiotherapist'], nearest: 'health' },
    { label: 'Doctor', forms: ['医生', 'doctor'] },
  ],
  vocabulary: ['assistant', 'doctor', 'engineer', 'engineering', 'nurse', 'physiotherapist', 'physiotherapy', 'software'],
  generic: ['助理', 'assistant'],
};

/** word (Simplified or lower case) → pages it finds; Pagefind matches the start of a word. */
const index: Record<string, string[]> = {
  软件: ['software', 'it'],
  工程: ['software', 'it'],
  程: ['software', 'it'],
  师: ['it'],
  software: ['software', 'it'],
  engineer: ['software', 'it'],
  物理: ['health'],
  治疗: ['health'],
  助理: ['health'],
  physiotherapy: ['health'],
  assistant: ['health'],
  网: ['it'],
  网管: ['it'],
  护: ['health'],
};
const engine: SearchEngine = {
  catalogue,
  simplify: simplifier(catalogue.simplify),
  loadSectors: async () => undefined,
  find: async (words) => {
    const sets = words.split(' ').map((w) => new Set(Object.entries(index).filter(([k]) => k.startsWith(w.toLowerCase())).flatMap(([, ids]) => ids)));
    const ids = [...(sets[0] ?? [])].filter((id) => sets.every((s) => s.has(id)));
    return ids.map((id): Found => ({ url: catalogue.pages.find((p) => p.id === id)!.url, score: 1 }));
  },
};
const ids = async (query: string) => (await runSearch(query, engine)).hits.map((h) => h.page.id);

describe('runSearch', () => {
  it('finds, explains and ranks', async () => {
    await expect(ids('软件工程师')).resolves.toEqual(['software', 'it']);
    await expect(ids('网管')).resolves.toEqual(['software', 'it']);
  });

  it('answers nothing for a query with no words', async () => {
    await expect(runSearch('  的 ', engine)).resolves.toMatchObject({ hits: [] });
    await expect(runSearch(' ', engine)).resolves.toEqual({ hits: [], nearest: [] });
  });

  it('says plainly when the query names a job no programme leads to, with the sector nearest it', async () => {
    const nurse = await runSearch('我想当護士', engine);
    expect(nurse.hits).toEqual([]);
    expect(nurse.noProgramme).toEqual({ label: 'Nurse', nearest: catalogue.sectors[0] });
    await expect(runSearch('doctor', engine)).resolves.toMatchObject({ hits: [], noProgramme: { label: 'Doctor' } });
  });

  it('keeps only what matches more closely than the job no programme leads to', async () => {
    // 物理治疗师 shares 物理治疗 with the assistant's title: not shown as if it led there.
    const therapist = await runSearch('物理治疗师', engine);
    expect(therapist.hits).toEqual([]);
    expect(therapist.noProgramme?.label).toBe('Physiotherapist');
    // The assistant's own title is a closer match than the therapist: shown, and no message.
    const assistant = await runSearch('物理治疗助理', engine);
    expect(assistant.hits.map((h) => h.page.id)).toEqual(['rehab', 'health']);
    expect(assistant.noProgramme).toBeUndefined();
  });

  it('reads a misspelt Latin word as the nearest word the site knows, and says what it searched for', async () => {
    const answer = await runSearch('sofware enginer', engine);
    expect(answer.searchedFor).toBe('software engineer');
    expect(answer.hits.map((h) => h.page.id)).toEqual(['software', 'it']);
    // One word right is not enough: the corrected query matches better, so it wins.
    await expect(runSearch('sofware engineer', engine)).resolves.toMatchObject({ searchedFor: 'software engineer' });
    await expect(runSearch('physiotherapist', engine)).resolves.toMatchObject({ noProgramme: { label: 'Physiotherapist' } });
    await expect(runSearch('physiotherapst', engine)).resolves.toMatchObject({ searchedFor: 'physiotherapist', noProgramme: { label: 'Physiotherapist' } });
  });

  it('names the nearest sectors when nothing matches: those two of its characters find', async () => {
    const answer = await runSearch('网程', engine); // 网 and 程 (of 工程) each find the IT pages
    expect(answer.hits).toEqual([]);
    expect(answer.nearest.map((s) => s.id)).toEqual(['it']);
    // One character alone is not enough, nor a person suffix; nor anything for a Latin word.
    await expect(runSearch('网红', engine)).resolves.toEqual({ hits: [], nearest: [] });
    await expect(runSearch('护网员', engine)).resolves.toEqual({ hits: [], nearest: [] });
    await expect(runSearch('astronaut', engine)).resolves.toEqual({ hits: [], nearest: [] });
  });
});

describe('pagefindFinder', () => {
  it('names each result’s page from the catalogue, and asks Pagefind only for an unknown one', async () => {
    const asked: string[] = [];
    const find = pagefindFinder(
      {
        search: async () => ({
          results: [
            { id: 'en_abc', score: 2, data: async () => (asked.push('abc'), { url: '/x/' }) },
            { id: 'en_new', score: 1, data: async () => (asked.push('new'), { url: '/new/' }) },
          ],
        }),
      },
      { ...catalogue, ids: { abc: 2 } },
    );
    await expect(find('anything')).resolves.toEqual([
      { url: url('programme', 'rehab'), score: 2 },
      { url: '/new/', score: 1 },
    ]);
    expect(asked).toEqual(['new']);
  });
});
