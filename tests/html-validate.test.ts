import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { distFiles, distRelative } from './support/site';

// Every HTML file the build wrote, checked against .htmlvalidate.json (html-validate:recommended):
// markup errors are caught where they are made, page by page, not sampled.
//
// One rule is configured, none is off (JSON has no comments, so the reasons are here):
// - long-title allows 140 characters, not 70. A programme's title names the programme, its sector
//   and VPAS (the SEO design, tested in tests/seo/pages.test.ts), and the official English names
//   alone reach 60 characters, so 25 English titles run to 80–133. The programme's name comes first,
//   so a search engine's cut at ~60 characters keeps it; 140 still catches a runaway title.
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
