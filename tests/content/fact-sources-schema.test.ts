import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy';

/**
 * Issue 8: a programme fact without a source, or with a source that is not an official https page,
 * fails the build, and the message names the file and the field. Each case breaks one file in a
 * throwaway copy of the project (the real content is never touched) and runs Astro there.
 */
let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

const file = 'src/content/programmes/cybersecurity.yaml';

function breakCybersecurity(edit: (text: string) => string) {
  copy = copyProject();
  const path = join(copy.dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(path, after);
  return copy;
}

/** Drops the `source:` line of the file's first fact. */
const dropFirstFactSource = (t: string) => t.replace(/^( {2}- kind: .*\n(?: {4}.*\n)*?) {4}source: .*\n/m, '$1');

describe('programme facts and their sources', () => {
  it('fails `astro build` on a fact without a source, naming the file and the field', () => {
    const { status, output } = breakCybersecurity(dropFirstFactSource).astro(['build']);
    expect(status).not.toBe(0);
    expect(output).toContain('cybersecurity.yaml');
    expect(output).toContain('facts.0.source');
    expect(output).toContain('every fact needs a source');
  });

  it.each([
    [
      'a fact citing a source the file does not list',
      (t: string) => t.replace(/( {4}source: )hkiit-it114122\n(?![\s\S]* {4}source: )/, '$1no-such-page\n'),
      'facts.2.source',
      '"no-such-page", which is not under this file’s `sources`',
    ],
    [
      'an official field without a source',
      (t: string) => t.replace(/^ {4}code: .*\n/m, ''),
      'official.sourceOf.code',
      'official.code needs a source',
    ],
    [
      'a source on plain http',
      (t: string) => t.replace('url: "https://hkiit.edu.hk/', 'url: "http://hkiit.edu.hk/'),
      'sources.hkiit-it114122.url',
      'must use https',
    ],
    [
      'a source on a host that is not official',
      (t: string) => t.replace('url: "https://hkiit.edu.hk/', 'url: "https://hkiit.example.com/'),
      'sources.hkiit-it114122.url',
      'is not an official host',
    ],
    [
      'a source that nothing cites',
      (t: string) => t.replace(/^sources:\n/m, 'sources:\n  stray:\n    url: "https://www.vtc.edu.hk/"\n    title: "VTC"\n    accessed: "2026-11-25"\n'),
      'sources.stray',
      'is cited by no fact and no official field',
    ],
    [
      'a source without the date it was read',
      (t: string) => t.replace(/^ {4}accessed: .*\n/m, ''),
      'sources.hkiit-it114122.accessed',
      'the date the page was read',
    ],
  ])('fails `astro sync` on %s, naming the file and the field', (_what, edit, field, message) => {
    const { status, output } = breakCybersecurity(edit).astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('cybersecurity.yaml');
    expect(output).toContain(field);
    expect(output).toContain(message);
  });

  it('builds the unbroken copy (the failures above come from the edits)', () => {
    copy = copyProject();
    const { status, output } = copy.astro(['sync']);
    expect(status, output).toBe(0);
  });
});
