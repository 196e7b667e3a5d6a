import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy';

/** A content file that breaks the schema fails the build, and the message names the file and field. */
let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

function breakFile(relative: string, edit: (text: string) => string) {
  copy = copyProject();
  const path = join(copy.dir, relative);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return copy;
}

describe('content that breaks the schema', () => {
  it.each([
    ['a missing English name', 'src/content/sectors/maritime.yaml', (t: string) => t.replace(/^ {2}en: .*\n/m, ''), 'maritime.yaml', 'name.en'],
    ['an unknown intake year', 'src/content/programmes/cybersecurity.yaml', (t: string) => t.replace('"2026/27"', '"2027/28"'), 'cybersecurity.yaml', 'intakes'],
    ['a malformed programme code', 'src/content/programmes/culinary-arts.yaml', (t: string) => t.replace(/^( {2}code: )"?HT114360"?$/m, '$1HT-114360'), 'culinary-arts.yaml', 'official.code'],
    // Issue 12: a language of teaching is never stated without the page it was read on.
    ['a language of teaching without its source', 'src/content/programmes/business-with-e-commerce.yaml', (t: string) => t.replace(/(medium: putonghua\n) {4}source: .*\n/, '$1'), 'business-with-e-commerce.yaml', 'mediumOfInstruction'],
    ['an answer that cites no source', 'src/content/questions/en/tuition.mdx', (t: string) => t.replace(/^sources: .*$/m, 'sources: []'), 'tuition.mdx', 'sources'],
  ])('fails `astro sync` on %s, naming the file and the field', (_what, file, edit, fileName, field) => {
    const { status, output } = breakFile(file, edit).astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain(fileName);
    expect(output).toContain(field);
  });

  it('fails `astro build` on a sector reference that does not exist, naming the file and the field', () => {
    const { status, output } = breakFile('src/content/programmes/cybersecurity.yaml', (t) =>
      t.replace(/^sector: .*$/m, 'sector: no-such-sector'),
    ).astro(['build']);
    expect(status).not.toBe(0);
    expect(output).toContain('cybersecurity.yaml');
    expect(output).toContain('field "sector"');
    expect(output).toContain('no-such-sector');
  });
});
