import { describe, expect, it } from 'vitest';
import { jsonForScript } from './json-script';

describe('jsonForScript', () => {
  it.each([
    ['a closing script tag', { text: '</script><script>alert(1)</script>' }],
    ['a comment and an entity', { '@type': 'Thing', name: '</script><script>alert(1)</script> & <!--' }],
    ['line separators', { line: 'a\u2028b\u2029c', n: [1, 'two'] }],
  ])('cannot be broken out of by %s, and reads back as the same value', (_, value) => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
