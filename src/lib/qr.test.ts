import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import QRCode from 'qrcode';
import { absoluteUrl, qrCodeSvg } from './qr';

/**
 * Reads the dark modules back out of the SVG the helper returns: the `qrcode` SVG renderer draws
 * each row of dark modules as a stroked path, `M<x> <y+0.5>h<n>` for the first run of a row and
 * `m<dx> 0h<n>` for the next ones.
 */
function modulesFromSvg(svg: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (cmd === 'm') x += Number(a);
    else for (let i = 0; i < Number(a); i++) grid[y]![x++] = true;
  }
  return grid;
}

const urls = [
  'https://vpas-guide.example.org/zh-hans/programmes/cybersecurity/',
  'https://vpas-guide.example.org/en/programmes/artificial-intelligence-and-mobile-app-development/',
  'https://example.org/vpas/zh-hant/brochure/',
];

describe('qrCodeSvg', () => {
  it.each(urls)('is a square SVG whose size is a QR version size (%s)', async (url) => {
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    const size = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    // Version v has 17 + 4v modules a side, and margin 0 adds nothing around them.
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeGreaterThanOrEqual(21);
  });

  it.each(urls)('draws exactly the modules of the URL encoded at level M (%s)', async (url) => {
    const svg = await qrCodeSvg(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const drawn = modulesFromSvg(svg, modules.size);
    const expected = Array.from({ length: modules.size }, (_, row) =>
      Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
    );
    expect(drawn).toEqual(expected);
  });

  it('has the three finder patterns a scanner looks for', async () => {
    const svg = await qrCodeSvg(urls[0]!);
    const size = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    const grid = modulesFromSvg(svg, size);
    // A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre.
    const finderAt = (top: number, left: number) =>
      Array.from({ length: 7 }, (_, r) =>
        Array.from({ length: 7 }, (_, c) => grid[top + r]![left + c]),
      ).every((row, r) =>
        row.every((dark, c) => {
          const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
          return dark === (ring !== 2);
        }),
      );
    expect(finderAt(0, 0)).toBe(true);
    expect(finderAt(0, size - 7)).toBe(true);
    expect(finderAt(size - 7, 0)).toBe(true);
    expect(finderAt(size - 7, size - 7)).toBe(false);
  });

  it('changes with the URL', async () => {
    const [a, b] = await Promise.all([qrCodeSvg(urls[0]!), qrCodeSvg(urls[0]!.replace('zh-hans', 'zh-hant'))]);
    expect(a).not.toBe(b);
    expect(await qrCodeSvg(urls[0]!)).toBe(a);
  });
});

describe('absoluteUrl', () => {
  examples('%s on %s is %s', absoluteUrl, [
    ['/en/programmes/cybersecurity/', 'https://vpas-guide.example.org', 'https://vpas-guide.example.org/en/programmes/cybersecurity/'],
    ['/vpas/zh-hans/brochure/', new URL('https://example.org'), 'https://example.org/vpas/zh-hans/brochure/'],
    ['/vpas/en/', 'https://example.org/other/', 'https://example.org/vpas/en/'],
  ]);
});
