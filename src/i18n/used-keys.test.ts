import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '.';

/**
 * Every dictionary key is used by some source file, so words nobody shows do not pile up (and get
 * translated and reviewed three times for nothing). A key is used when a source file names it in
 * quotes, or builds it in a template literal whose fixed parts match it (`checker.when.${plan}`).
 * The dictionaries themselves and the tests do not count.
 */
const srcDir = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'content' ? [] : sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const dictionaryFiles = ['en.ts', 'zh-hans.ts', 'zh-hant.ts'].map((name) => join(import.meta.dirname, name));
const sources = sourceFiles(srcDir).filter((file) => !dictionaryFiles.includes(file));
const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n');

const quoted = new Set([...text.matchAll(/['"]([\w.-]+)['"]/g)].map((m) => m[1]));
// `a.${x}.b` stands for a.<word>.b; a template must start with text to name a key.
const templates = [...text.matchAll(/`([\w.-]+\$\{[^`]*)`/g)].map(
  ([, template = '']) => new RegExp(`^${template.split(/\$\{[^}]*\}/).map(escape).join('[\\w-]+')}$`),
);
function escape(part: string): string {
  return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('dictionary keys', () => {
  it('reads the sources it means to', () => {
    const names = sources.map((file) => relative(srcDir, file));
    expect(names).toContain('islands/checker-view.ts');
    expect(names).toContain('components/SiteHeader.astro');
    expect(names).not.toContain('i18n/en.ts');
  });

  it('are each used by some source file', () => {
    const unused = Object.keys(dictionaries.en).filter((key) => !quoted.has(key) && !templates.some((t) => t.test(key)));
    expect(unused).toEqual([]);
  });

  it('would notice an unused key', () => {
    expect(quoted.has('checker.not-a-key') || templates.some((t) => t.test('checker.not-a-key'))).toBe(false);
  });
});
