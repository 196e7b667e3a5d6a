import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parsePolicy, policy } from './csp';

const header = parsePolicy(contentSecurityPolicy('header'));
const meta = parsePolicy(contentSecurityPolicy('meta'));

describe('the Content-Security-Policy', () => {
  it('never allows inline script, eval or a third-party origin', () => {
    for (const [name, sources] of header) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'unsafe-hashes'");
      // Keywords are quoted; the only scheme allowed is data: for images.
      for (const source of sources) {
        expect(source.startsWith("'") || (name === 'img-src' && source === 'data:'), `${name} ${source}`).toBe(true);
      }
    }
  });

  it('runs only the site’s own scripts, which fetch only from the site (the search catalogue)', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids framing, plugins and <base> in the header', () => {
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
  });

  it('gives the meta tag the same policy minus what a meta tag may not carry', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...header.keys()].filter((name) => name !== 'frame-ancestors'));
    for (const [name, sources] of meta) expect(header.get(name)).toEqual(sources);
  });

  it('has a default-src, so any directive not listed falls back to the site itself', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
  });
});
