import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/content-files';
import { seedBrochure } from '../support/content';

/**
 * `npm run brochure:diff -- FILE`, as a maintainer runs it: on the seed brochure the content was
 * made from (no difference, exit 0), and on an edited copy with each kind of difference (each
 * reported, exit 1).
 */
const scratch = mkdtempSync(join(tmpdir(), 'vpas-brochure-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function brochureDiff(file: string) {
  const run = spawnSync('npm', ['run', '--silent', 'brochure:diff', '--', file], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** The seed with `edits` applied; each edit must find its text. */
function editedSeed(name: string, edits: [string | RegExp, string][]): string {
  let text = readFileSync(seedBrochure, 'utf8');
  for (const [from, to] of edits) {
    const before = text;
    text = text.replace(from, to);
    if (text === before) throw new Error(`the seed has no ${from}`);
  }
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('npm run brochure:diff', () => {
  it('finds no difference between the seed brochure and the content, and exits 0', () => {
    const { status, out } = brochureDiff(seedBrochure);
    expect(out).toContain('(13 sectors, 34 programmes, 101 job titles)');
    expect(out).toContain('No differences.');
    expect(status).toBe(0);
  });

  it('reports every kind of difference in an edited brochure, and exits 1', () => {
    const file = editedSeed('every-kind.txt', [
      [/^物业管理\t(.*)$/m, '物业及设施管理\t$1\n航天科技\t航天工程\t航天工程师'],
      [/^海事服务\t.*\n/m, ''],
      ['网络安全 人工智能及智能科技 数据科学及人工智能 游戏及动画', '网络安全及取证 人工智能及智能科技 数据科学及人工智能 量子计算'],
      ['助理工程师、维修顾问、技术员、管工', '助理工程师、高级维修顾问、技术员、汽车销售员'],
    ]);
    const { status, out } = brochureDiff(file);
    for (const line of [
      'sector renamed: 物业管理 → 物业及设施管理',
      'sector added: 航天科技',
      'sector removed: 海事服务',
      'programme added: 航天科技 › 航天工程',
      'programme removed: 海事服务 › 海事科技',
      'programme renamed: 创新及科技 › 网络安全 → 网络安全及取证',
      'programme added: 创新及科技 › 量子计算',
      'programme removed: 创新及科技 › 游戏及动画',
      'job title renamed: 汽车工程 › 维修顾问 → 高级维修顾问',
      'job title removed: 汽车工程 › 管工',
      'job title added: 汽车工程 › 汽车销售员',
      'job title added: 航天科技 › 航天工程师',
      'job title removed: 海事服务 › 商船见习甲板副长',
    ]) {
      expect(out).toContain(line);
    }
    expect(out).toContain('13 difference(s)');
    expect(status).toBe(1);
  });

  it.each([
    ['a file that does not exist', join(scratch, 'missing.txt'), 'ENOENT'],
    ['a text without the table', editedSeed('no-table.txt', [[/^计划涵盖行业\t/m, '行业\t']]), 'no table found'],
  ])('exits 2 on %s, saying why', (_what, file, message) => {
    const { status, out } = brochureDiff(file);
    expect(out).toContain(message);
    expect(status).toBe(2);
  });
});
