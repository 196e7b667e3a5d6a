import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { slowestFirst } from './sequencer';

const root = join(import.meta.dirname, '..', '..');

it('lists only test files that exist, once each (a renamed file would silently lose its place)', () => {
  expect(slowestFirst.filter((path) => !existsSync(join(root, path)) || !path.endsWith('.test.ts'))).toEqual([]);
  expect(new Set(slowestFirst).size).toBe(slowestFirst.length);
});
