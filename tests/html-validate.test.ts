import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { distFiles, distRelative } from './support/site';

// Every HTML file the build wrote, checked against .htmlvalidate.json (html-validate:recommended):
// markup errors are caught where they are made, page by page, not sampled.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');
const pages = distFiles('.html');

describe('html-validate', () => {
  it('has built pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((file) => [distRelative(file), file]))('%s has no errors or warnings', async (_, file) => {
    const report = await htmlvalidate.validateFile(file);
    const problems = report.errorCount + report.warningCount;
    expect(problems, format(report.results)).toBe(0);
  });
});
