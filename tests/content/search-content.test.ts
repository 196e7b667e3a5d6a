import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hongKongProblems } from '../support/hong-kong-text';

/**
 * The search's own content (issue 13) in three locales as the site writes them: the best-fit reasons
 * (src/content/best-fit) and the names of the jobs no programme leads to (src/content/no-programme).
 * zh-Hant as Hong Kong writes it, English in plain text.
 */
type Localised = { 'zh-hans': string; 'zh-hant': string; en: string };
const dir = (name: string) => join(import.meta.dirname, '..', '..', 'src', 'content', name);
const files = (name: string) => readdirSync(dir(name)).filter((f) => f.endsWith('.yaml')).map((f) => [f, parse(readFileSync(join(dir(name), f), 'utf8'))] as const);

const reasons = files('best-fit').flatMap(([file, data]: readonly [string, { jobs: { title: string; best: { programme: string; why: Localised }[] }[] }]) =>
  data.jobs.flatMap((job) => job.best.map((b) => [`${file} ${job.title} → ${b.programme}`, b.why] as const)),
);
const names = files('no-programme').flatMap(([file, data]: readonly [string, { jobs: { name: Localised }[] }]) =>
  data.jobs.map((job) => [`${file} ${job.name.en}`, job.name] as const),
);

describe.each([
  ['best-fit reasons', reasons],
  ['names of jobs no programme leads to', names],
] as const)('%s', (_kind, texts) => {
  it('there are some', () => expect(texts.length).toBeGreaterThan(10));

  it.each(texts)('%s', (_where, text) => {
    expect(hongKongProblems(text['zh-hant'])).toEqual([]);
    expect(text.en).toMatch(/^[\x20-\x7e’–]+$/);
  });
});
