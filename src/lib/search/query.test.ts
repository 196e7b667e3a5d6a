import { describe, expect, it } from 'vitest';
import { runSearch, type SearchEngine } from './query';
import type { SearchCatalogue } from './contract';
import { simplifier } from './text';

/** The query pipeline on a small catalogue in the shape of the real one. */
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

const engine: SearchEngine = { catalogue, simplify: simplifier(catalogue.simplify) };
const ids = (query: string) => runSearch(query, engine).hits.map((h) => h.page.id);

describe('runSearch', () => {
  it('finds, explains and ranks', () => {
    expect(ids('软件工程师')).toEqual(['software', 'it']);
    expect(ids('网管')).toEqual(['software', 'it']);
  });

  it('answers nothing for a query with no words', () => {
    expect(runSearch('  的 ', engine)).toMatchObject({ hits: [] });
    expect(runSearch(' ', engine)).toEqual({ hits: [], nearest: [] });
  });

  it('says plainly when the query names a job no programme leads to, with the sector nearest it', () => {
    const nurse = runSearch('我想当護士', engine);
    expect(nurse.hits).toEqual([]);
    expect(nurse.noProgramme).toEqual({ label: 'Nurse', nearest: catalogue.sectors[0] });
    expect(runSearch('doctor', engine)).toMatchObject({ hits: [], noProgramme: { label: 'Doctor' } });
  });

  it('keeps only what matches more closely than the job no programme leads to', () => {
    // 物理治疗师 shares 物理治疗 with the assistant's title: not shown as if it led there.
    const therapist = runSearch('物理治疗师', engine);
    expect(therapist.hits).toEqual([]);
    expect(therapist.noProgramme?.label).toBe('Physiotherapist');
    // The assistant's own title is a closer match than the therapist: shown, and no message.
    const assistant = runSearch('物理治疗助理', engine);
    expect(assistant.hits.map((h) => h.page.id)).toEqual(['rehab', 'health']);
    expect(assistant.noProgramme).toBeUndefined();
  });

  it('reads a misspelt Latin word as the nearest word the site knows, and says what it searched for', () => {
    const answer = runSearch('sofware enginer', engine);
    expect(answer.searchedFor).toBe('software engineer');
    expect(answer.hits.map((h) => h.page.id)).toEqual(['software', 'it']);
    // One word right is not enough: the corrected query matches better, so it wins.
    expect(runSearch('sofware engineer', engine)).toMatchObject({ searchedFor: 'software engineer' });
    expect(runSearch('physiotherapist', engine)).toMatchObject({ noProgramme: { label: 'Physiotherapist' } });
    expect(runSearch('physiotherapst', engine)).toMatchObject({ searchedFor: 'physiotherapist', noProgramme: { label: 'Physiotherapist' } });
  });

  it('names the nearest sectors when nothing matches: those whose words hold two of its characters', () => {
    const answer = runSearch('件程', engine); // 件 and 程, both in 软件工程
    expect(answer.hits).toEqual([]);
    expect(answer.nearest.map((s) => s.id)).toEqual(['it']);
    // One character alone is not enough, nor a person suffix; nor anything for a Latin word.
    expect(runSearch('网红', engine)).toEqual({ hits: [], nearest: [] });
    expect(runSearch('件员师', engine)).toEqual({ hits: [], nearest: [] });
    expect(runSearch('astronaut', engine)).toEqual({ hits: [], nearest: [] });
  });
});
