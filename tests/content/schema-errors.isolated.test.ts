import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { contentDir } from '../support/content';

/**
 * A content file that breaks the schema fails the build, and the message names the file and the
 * field (issue 8 for facts and their sources). Each case is checked in-process, on the schemas of
 * src/content.config.ts: the edited file must fail at that field with that message. Two runs of
 * Astro on a broken throwaway copy show the rest end to end: that Astro reports a schema issue with
 * the file and the field, and that a sector reference to no sector fails the build (the site's own
 * check while it builds the pages, which no schema can run in-process).
 */

// Outside Astro, the collections' definitions are just their schemas. A reference is an id here;
// that it names an entry is Astro's to check, and the end-to-end build below checks it.
vi.mock('astro:content', () => ({ defineCollection: <T>(collection: T) => collection, reference: () => z.string() }));
vi.mock('astro/loaders', () => ({ glob: () => ({ name: 'glob' }), file: () => ({ name: 'file' }) }));
const { collections } = await import('../../src/content.config');

type Collection = keyof typeof collections;
/** A content file's name: YAML, or for the questions an MDX file per locale ('en/tuition'). */
const fileName = (collection: Collection, slug: string) => `${slug}.${collection === 'questions' ? 'mdx' : 'yaml'}`;
const read = (collection: Collection, slug: string) => readFileSync(join(contentDir, collection, fileName(collection, slug)), 'utf8');
/** The data the loader validates: the YAML, or an MDX file's frontmatter. */
const dataOf = (collection: Collection, text: string): unknown => parse(collection === 'questions' ? (text.split(/^---$/m)[1] ?? '') : text);
/** The slugs of a collection's files: for the questions, '{locale}/{id}'. */
const slugsOf = (collection: Collection): string[] =>
  collection === 'questions'
    ? readdirSync(join(contentDir, collection)).flatMap((locale) =>
        readdirSync(join(contentDir, collection, locale)).filter((f) => f.endsWith('.mdx')).map((f) => `${locale}/${f.slice(0, -'.mdx'.length)}`),
      )
    : readdirSync(join(contentDir, collection)).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));

/** The schema's issues for a content file as written, or as edited: 'field.path: message' lines. */
function issues(collection: Collection, slug: string, edit?: (text: string) => string): string[] {
  const before = read(collection, slug);
  const after = edit?.(before) ?? before;
  if (edit && after === before) throw new Error(`the edit of ${collection}/${fileName(collection, slug)} changes nothing`);
  const result = schemaOf(collection).safeParse(dataOf(collection, after));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A collection's schema as src/content.config.ts declares it: a plain schema, not a function. */
function schemaOf(collection: Collection): z.ZodType {
  const { schema } = collections[collection];
  if (!schema || typeof schema === 'function') throw new Error(`the ${collection} collection has no plain schema`);
  return schema;
}

/** Drops the `source:` line of the file's first fact. */
const dropFirstFactSource = (t: string) => t.replace(/^( {2}- kind: .*\n(?: {4}.*\n)*?) {4}source: .*\n/m, '$1');

describe('content that breaks the schema fails at the field, with the reason', () => {
  it.each<[string, Collection, string, (text: string) => string, string, string?]>([
    ['a missing English name', 'sectors', 'maritime', (t) => t.replace(/^ {2}en: .*\n/m, ''), 'name.en'],
    ['an unknown intake year', 'programmes', 'cybersecurity', (t) => t.replace('"2026/27"', '"2027/28"'), 'intakes.'],
    ['a malformed programme code', 'programmes', 'culinary-arts', (t) => t.replace(/^( {2}code: )"?HT114360"?$/m, '$1HT-114360'), 'official.code'],
    ['a fact without a source', 'programmes', 'cybersecurity', dropFirstFactSource, 'facts.0.source', 'every fact needs a source'],
    [
      'a fact citing a source the file does not list',
      'programmes',
      'cybersecurity',
      (t) => t.replace(/( {4}source: )hkiit-it114122\n(?![\s\S]* {4}source: )/, '$1no-such-page\n'),
      'facts.2.source',
      '"no-such-page", which is not under this file’s `sources`',
    ],
    ['an official field without a source', 'programmes', 'cybersecurity', (t) => t.replace(/^ {4}code: .*\n/m, ''), 'official.sourceOf.code', 'official.code needs a source'],
    ['a source on plain http', 'programmes', 'cybersecurity', (t) => t.replace('url: "https://hkiit.edu.hk/', 'url: "http://hkiit.edu.hk/'), 'sources.hkiit-it114122.url', 'must use https'],
    [
      'a source on a host that is not official',
      'programmes',
      'cybersecurity',
      (t) => t.replace('url: "https://hkiit.edu.hk/', 'url: "https://hkiit.example.com/'),
      'sources.hkiit-it114122.url',
      'is not an official host',
    ],
    [
      'a source that nothing cites',
      'programmes',
      'cybersecurity',
      (t) => t.replace(/^sources:\n/m, 'sources:\n  stray:\n    url: "https://www.vtc.edu.hk/"\n    title: "VTC"\n    accessed: "2026-11-25"\n'),
      'sources.stray',
      'is cited by no fact and no official field',
    ],
    ['a source without the date it was read', 'programmes', 'cybersecurity', (t) => t.replace(/^ {4}accessed: .*\n/m, ''), 'sources.hkiit-it114122.accessed', 'the date the page was read'],
    ['a best fit without its reason in English', 'best-fit', 'maritime', (t) => t.replace(/^ {10}en: .*\n/m, ''), 'jobs.0.best.0.why.en'],
    ['a best fit with no programme', 'best-fit', 'maritime', (t) => t.replace(/^ {4}best:\n[\s\S]*$/m, '    best: []\n'), 'jobs.0.best'],
    ['a job no programme leads to without its English name', 'no-programme', '1-teaching-and-health', (t) => t.replace(', en: "Teacher" }', ' }'), 'jobs.0.name.en'],
    // Issue 12: a language of teaching is never stated without the page it was read on; an answer
    // cites at least one known source and says, as a date, when it is as of.
    [
      'a language of teaching without its source',
      'programmes',
      'business-with-e-commerce',
      (t) => t.replace(/(medium: putonghua\n) {4}source: .*\n/, '$1'),
      'mediumOfInstruction.0.source',
      'every fact needs a source',
    ],
    ['a language of teaching that is not one of the three', 'programmes', 'business-with-e-commerce', (t) => t.replace('medium: putonghua', 'medium: mandarin'), 'mediumOfInstruction.0.medium'],
    ['an answer that cites no source', 'questions', 'en/tuition', (t) => t.replace(/^sources: .*$/m, 'sources: []'), 'sources', 'an answer cites at least one source'],
    ['an answer citing a source the site does not have', 'questions', 'zh-hans/tuition', (t) => t.replace('sources: [miaoFees]', 'sources: [miaoFee]'), 'sources.0'],
    ['an answer without a date it is as of', 'questions', 'zh-hant/job-ends', (t) => t.replace(/^asOf: .*$/m, 'asOf: "30/09/2025"'), 'asOf', 'the date the answer is as of'],
  ])('%s (%s/%s)', (_what, collection, slug, edit, field, message) => {
    const found = issues(collection, slug, edit);
    expect(found.length, 'one issue').toBe(1);
    expect(found[0]).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}`));
    if (message) expect(found[0]).toContain(message);
  });

  // The glossary is one file of entries (the file loader validates each): an entry breaks at its field.
  const glossary = () => parse(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as Record<string, unknown>[];
  const glossaryIssues = (entries: Record<string, unknown>[]) =>
    entries.flatMap((entry, i) => {
      const result = schemaOf('glossary').safeParse(entry);
      return result.success ? [] : result.error.issues.map((issue) => `glossary.yaml[${i}] ${issue.path.join('.')}: ${issue.message}`);
    });

  it('a glossary word without its English (glossary.yaml)', () => {
    const [first, ...rest] = glossary();
    const { english: _english, ...withoutEnglish } = first!;
    expect(glossaryIssues([withoutEnglish, ...rest])).toEqual([expect.stringMatching(/^glossary\.yaml\[0\] english: /)]);
  });

  it('every glossary word as written passes', () => {
    expect(glossary().length).toBeGreaterThan(10);
    expect(glossaryIssues(glossary())).toEqual([]);
  });

  // The control: the failures above come from the edits.
  it.each((Object.keys(collections) as Collection[]).filter((c) => c !== 'glossary'))('every %s file as written passes', (collection) => {
    const slugs = slugsOf(collection);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.flatMap((slug) => issues(collection, slug).map((issue) => `${fileName(collection, slug)} ${issue}`))).toEqual([]);
  });
});

// A whole Astro run each: under `npm test` they share the machine with the site tests at a lower
// priority (scripts/test.ts), where a build in a cold copy has taken over a minute.
describe('end to end, in a throwaway copy of the project', { timeout: 240_000 }, () => {
  let copy: ProjectCopy | undefined;
  afterEach(() => copy?.remove());

  function breakFile(relative: string, edit: (text: string) => string) {
    copy = copyProject();
    const path = join(copy.dir, relative);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return copy;
  }

  it('`astro sync` fails on a schema issue, naming the file, the field and the reason', () => {
    const { status, output } = breakFile('src/content/programmes/cybersecurity.yaml', dropFirstFactSource).astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('cybersecurity.yaml');
    expect(output).toContain('facts.0.source');
    expect(output).toContain('every fact needs a source');
  });

  it('`astro build` fails on a sector reference that does not exist, naming the file and the field', () => {
    const { status, output } = breakFile('src/content/programmes/cybersecurity.yaml', (t) => t.replace(/^sector: .*$/m, 'sector: no-such-sector')).astro(['build']);
    expect(status).not.toBe(0);
    expect(output).toContain('cybersecurity.yaml');
    expect(output).toContain('field "sector"');
    expect(output).toContain('no-such-sector');
  });
});
