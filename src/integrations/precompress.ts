import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isPrecompressed, precompressedEncodings } from '../lib/serving/files';

/**
 * Writes `x.br` (brotli, quality 11) and `x.gz` (gzip, level 9) beside every text file of the build,
 * for nginx's brotli_static and gzip_static: the smallest files those formats make, paid for once at
 * build time instead of on every request.
 *
 * Quality 11 is slow (a few seconds per megabyte of HTML on one core), so files are compressed on
 * zlib's thread pool, as many at once as the machine has cores, and each result is kept in a cache
 * keyed by the file's content: a rebuild compresses only the files whose bytes changed.
 */

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Bump when the settings change, so old cache entries are not reused. */
const settings = 'br11-gz9';
/** Cache entries not used by any build for this long are removed. */
const cacheDays = 14;

type Encoding = (typeof precompressedEncodings)[number]['encoding'];

async function compress(body: Buffer): Promise<Record<Encoding, Buffer>> {
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gzip: gzipped };
}

/** Writes by renaming a finished file, so a build running beside this one never reads half a file. */
async function writeWhole(path: string, body: Buffer) {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, body);
  await rename(partial, path);
}

/** Compressed copies of `body`, from the cache or made and cached. */
async function compressCached(body: Buffer, cacheDir: string): Promise<{ copies: Record<Encoding, Buffer>; cached: boolean }> {
  const key = join(cacheDir, createHash('sha256').update(settings).update(body).digest('hex'));
  const paths = precompressedEncodings.map(({ suffix }) => `${key}${suffix}`);
  try {
    const [br, gzipped] = await Promise.all(paths.map((path) => readFile(path)));
    const now = new Date();
    await Promise.all(paths.map((path) => utimes(path, now, now)));
    return { copies: { br: br!, gzip: gzipped! }, cached: true };
  } catch {
    const copies = await compress(body);
    await Promise.all(precompressedEncodings.map(({ encoding, suffix }) => writeWhole(`${key}${suffix}`, copies[encoding])));
    return { copies, cached: false };
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

async function evictStale(cacheDir: string) {
  const cutoff = Date.now() - cacheDays * 86_400_000;
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if ((await stat(path)).mtimeMs < cutoff) await rm(path, { force: true });
  }
}

export interface PrecompressReport {
  files: number;
  fromCache: number;
  bytes: { raw: number } & Record<Encoding, number>;
}

/** @param files paths under `dir`; only text files (src/lib/serving/files.ts) are compressed */
export async function precompress(dir: string, files: readonly string[], cacheDir: string): Promise<PrecompressReport> {
  await mkdir(cacheDir, { recursive: true });
  const report: PrecompressReport = { files: 0, fromCache: 0, bytes: { raw: 0, br: 0, gzip: 0 } };
  await eachLimited(files.filter(isPrecompressed), availableParallelism(), async (file) => {
    const body = await readFile(join(dir, file));
    const { copies, cached } = await compressCached(body, cacheDir);
    await Promise.all(precompressedEncodings.map(({ encoding, suffix }) => writeFile(join(dir, `${file}${suffix}`), copies[encoding])));
    report.files += 1;
    report.fromCache += cached ? 1 : 0;
    report.bytes.raw += body.length;
    report.bytes.br += copies.br.length;
    report.bytes.gzip += copies.gzip.length;
  });
  await evictStale(cacheDir);
  return report;
}
