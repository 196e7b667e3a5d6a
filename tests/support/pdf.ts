import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

export interface PrintedPdf {
  /** The page count, as poppler's pdfinfo reads it. */
  pages: number;
  /** The first page's size in points, as pdfinfo reads it: A4 portrait is 595.92 × 842.88. */
  pageSize: { width: number; height: number };
  /** The text of each page, as poppler's pdftotext extracts it. */
  pageTexts: string[];
  /** All the text, pages joined. */
  text: string;
}

/**
 * Prints what `page` shows as Chromium prints it on A4 (with backgrounds, as the print styles
 * expect), writes the PDF to `file` and reads it back with poppler-utils. With `cssPageSize`, the
 * stylesheet's @page size and orientation decide the sheet, as a reader's browser would print it.
 */
export async function printA4(page: Page, file: string, { cssPageSize = false } = {}): Promise<PrintedPdf> {
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: cssPageSize });
  const [{ stdout: info }, { stdout: text }] = await Promise.all([
    run('pdfinfo', [file]),
    // -raw: in the order Chromium drew the text (document order), not column-interleaved.
    run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']),
  ]);
  const pages = Number(/^Pages:\s+(\d+)\s*$/m.exec(info)?.[1] ?? NaN);
  const [, width = NaN, height = NaN] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)?.map(Number) ?? [];
  // pdftotext ends every page with a form feed.
  const pageTexts = text.split('\f').slice(0, pages);
  return { pages, pageSize: { width, height }, pageTexts, text: pageTexts.join('\n') };
}

/**
 * Text for comparison: Unicode-compatibility-normalised (ligatures and full-width forms) with all
 * white space removed, since a PDF's lines break wherever the layout wrapped them.
 */
export const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
