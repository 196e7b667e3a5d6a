import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress';

const made: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `vpas-${name}-`));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small site: three text files, an image, and a file that is gzip already. */
function site(html = '<!doctype html><title>x</title><p>' + 'Higher Diploma '.repeat(200)) {
  const dir = temp('site');
  mkdirSync(join(dir, 'en'));
  const files: Record<string, Buffer> = {
    'en/index.html': Buffer.from(html),
    'a.css': Buffer.from('body{color:#000}'.repeat(50)),
    'en/catalogue.json': Buffer.from(JSON.stringify({ pages: Array.from({ length: 50 }, (_, i) => ({ url: `/en/p${i}/` })) })),
    'og.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'data.bin': gzipSync(Buffer.from('data')),
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return { dir, files: Object.keys(files) };
}

describe('precompress', () => {
  it('writes a brotli and a gzip copy beside each text file, which decode to it, and nothing else', async () => {
    const { dir, files } = site();
    const report = await precompress(dir, files, temp('cache'));
    expect(report.files).toBe(3);
    for (const name of ['en/index.html', 'a.css', 'en/catalogue.json']) {
      const original = readFileSync(join(dir, name));
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).equals(original), name).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(original), name).toBe(true);
    }
    for (const name of ['og.png', 'data.bin']) {
      expect(existsSync(join(dir, `${name}.br`)) || existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
    expect(report.bytes.br).toBeLessThan(report.bytes.gzip);
    expect(report.bytes.gzip).toBeLessThan(report.bytes.raw);
  });

  it('compresses again only the files whose content changed', async () => {
    const cache = temp('cache');
    const first = site();
    expect((await precompress(first.dir, first.files, cache)).fromCache).toBe(0);
    const same = site();
    expect((await precompress(same.dir, same.files, cache)).fromCache).toBe(3);
    const changed = site('<!doctype html><title>y</title>');
    const report = await precompress(changed.dir, changed.files, cache);
    expect(report.fromCache).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(changed.dir, 'en/index.html.br'))).toString()).toBe('<!doctype html><title>y</title>');
  });

  it('forgets cache entries no build has used for two weeks', async () => {
    const cache = temp('cache');
    const { dir, files } = site();
    await precompress(dir, files, cache);
    const old = new Date(Date.now() - 15 * 86_400_000);
    const [stale, ...kept] = readdirSync(cache);
    utimesSync(join(cache, stale!), old, old);
    // A build that uses none of those entries: the stale one goes, the recent ones stay.
    const other = site('<!doctype html><title>other</title>');
    await precompress(other.dir, ['en/index.html'], cache);
    const left = readdirSync(cache);
    expect(left).not.toContain(stale);
    expect(left).toEqual(expect.arrayContaining(kept));
    expect(left).toHaveLength(kept.length + 2);
  });
});
