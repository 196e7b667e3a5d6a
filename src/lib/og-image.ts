/**
 * The site's link-preview image (Open Graph and Twitter cards), drawn as SVG and rasterised to PNG at
 * build time by src/pages/og.png.ts: chat apps and search engines do not show SVG previews.
 *
 * It has no `<text>`: the "VPAS" mark is drawn with strokes, so the image is the same on any build
 * machine whatever fonts it has (a CJK title would need a CJK font where the site is built). The
 * thirteen dots are the sectors, in the brochure's order and colours (400 shades of each palette in
 * src/styles/global.css, as hex for librsvg).
 */

export const ogImageSize = { width: 1200, height: 630 } as const;

const harbour = '#0f3d5e';
const harbourLight = '#1b5a85';
const vermilion = '#e0533f';
const sectorColours = [
  '#f87171', '#38bdf8', '#fbbf24', '#e879f9', '#fb923c', '#4ade80', '#fb7185',
  '#facc15', '#818cf8', '#22d3ee', '#2dd4bf', '#60a5fa', '#a3e635',
] as const;

/** "VPAS" on a 180-unit cap height, each letter a stroked path, starting at x = 0, baseline y = 180. */
const letters = [
  'M0 0 L65 180 L130 0', // V
  'M180 180 V0 H240 A50 50 0 0 1 240 100 H180', // P
  'M340 180 L405 0 L470 180 M363 116 H447', // A
  'M614 22.5 A45 45 0 1 0 575 90 A45 45 0 1 1 536 157.5', // S
] as const;
const markWidth = 630;

export function ogImageSvg(): string {
  const { width, height } = ogImageSize;
  const dotGap = 44;
  const dotsStart = (width - dotGap * (sectorColours.length - 1)) / 2;
  const dots = sectorColours
    .map((colour, i) => `<circle cx="${dotsStart + i * dotGap}" cy="470" r="14" fill="${colour}"/>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${harbour}"/>`,
    // The harbour: two swells along the bottom edge.
    `<path d="M0 560 C200 520 400 600 600 560 S1000 520 1200 560 V630 H0 Z" fill="${harbourLight}"/>`,
    `<rect x="${(width - 120) / 2}" y="110" width="120" height="10" rx="5" fill="${vermilion}"/>`,
    `<g transform="translate(${(width - markWidth) / 2} 180)" fill="none" stroke="#ffffff" stroke-width="34" stroke-linecap="round" stroke-linejoin="round">`,
    ...letters.map((d) => `<path d="${d}"/>`),
    '</g>',
    dots,
    '</svg>',
  ].join('');
}
