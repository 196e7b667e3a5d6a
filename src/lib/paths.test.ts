import { describe, expect, it } from 'vitest';
import { switchLocale } from './paths';

// Vitest runs with the default base '/'.
describe('switchLocale', () => {
  it.each([
    ['/zh-hans/programmes/cybersecurity/', 'en', '/en/programmes/cybersecurity/'],
    ['/en/', 'zh-hant', '/zh-hant/'],
    ['/', 'en', '/en/'],
    ['', 'zh-hans', '/zh-hans/'],
  ] as const)('%s to %s is %s', (from, to, expected) => {
    expect(switchLocale(from, to)).toBe(expected);
  });
});
