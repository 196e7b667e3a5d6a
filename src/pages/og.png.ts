import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { ogImageSvg } from '../lib/og-image';

// The link-preview image, rasterised once at build time (no image host, no network).
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(ogImageSvg())).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
