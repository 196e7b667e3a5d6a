import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ogImageSize, ogImageSvg } from './og-image';

describe('the link-preview image', () => {
  const svg = ogImageSvg();

  it('draws without fonts: no <text>, only shapes', () => {
    expect(svg).not.toMatch(/<text|<tspan|font-family/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('has one dot per sector', () => {
    expect(svg.match(/<circle /g)).toHaveLength(13);
  });

  it('rasterises to a 1200 × 630 PNG, the size Open Graph and Twitter cards want', async () => {
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', ...ogImageSize });
    // Not a blank canvas: the white strokes of the mark are there.
    const { channels } = await sharp(png).stats();
    expect(channels[0]?.max).toBe(255);
  });
});
