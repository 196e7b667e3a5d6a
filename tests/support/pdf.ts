import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

export interface PrintedPdf {
  /** The page count, as poppler's pdfinfo reads it. */
  pages: number;
  /** The text of each page, as poppler's pdftotext extracts it. */
  pageTexts: string[];
  /** All the text, pages joined. */
  text: string;
}

/**
 * Prints what `page` shows as Chromium prints it on A4 (with backgrounds, as the print styles
 * expect), writes the PDF to `file` and reads it back with poppler-utils.
 */
export async function printA4(page: Page, file: string): Promise<PrintedPdf> {
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const [{ stdout: info }, { stdout: text }] = await Promise.all([
    run('pdfinfo', [file]),
    // -raw: in the order Chromium drew the text (document order), not column-interleaved.
    run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']),
  ]);
  const pages = Number(/^Pages:\s+(\d+)\s*$/m.exec(info)?.[1] ?? NaN);
  // pdftotext ends every page with a form feed.
  const pageTexts = text.split('\f').slice(0, pages);
  return { pages, pageTexts, text: pageTexts.join('\n') };
}

/**
 * Text for comparison: Unicode-compatibility-normalised (ligatures and full-width forms) with all
 * white space removed, since a PDF's lines break wherever the layout wrapped them.
 */
export const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
