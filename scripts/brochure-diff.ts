/**
 * `npm run brochure:diff -- FILE`: reads a VTC brochure text in the seed's format and prints, against
 * the content in src/content, the sectors, programmes and job titles added, removed or renamed.
 * Exits 0 when they agree, 1 when they differ (so a maintainer, or CI, sees next year's changes),
 * 2 when the file cannot be read. README.md, "A new brochure", says what to do with the output.
 *
 * Run through npm (the project's pinned Node strips the types), never with a bare `node`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseBrochureTable, type BrochureRow } from '../src/lib/brochure/table.ts';
import { describeDifference, diffBrochure } from '../src/lib/brochure/diff.ts';
import { contentDir, projectRoot, readProgrammes, readSectors } from './lib/content-files.ts';

/** The content as the brochure's table would print it: sectors in order, names in Simplified Chinese. */
export function siteTable(dir = contentDir): BrochureRow[] {
  const programmes = readProgrammes(dir);
  return readSectors(dir)
    .sort((a, b) => a.order - b.order)
    .map((sector) => ({
      sector: sector.name['zh-hans'].replace(/\s+/g, ''),
      programmes: programmes
        .filter((p) => p.sector === sector.id)
        .sort((a, b) => a.order - b.order)
        .map((p) => p.name['zh-hans']),
      jobTitles: sector.jobTitles.map((title) => title['zh-hans']),
      ...(sector.workplaces ? { workplaces: sector.workplaces['zh-hans'] } : {}),
    }));
}

function main(args: string[]): number {
  const file = args.find((a) => a !== '--');
  if (!file) {
    console.error('Usage: npm run brochure:diff -- FILE   (a brochure text in the format of ../shared/seed/)');
    return 2;
  }
  let brochure: BrochureRow[];
  try {
    brochure = parseBrochureTable(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    return 2;
  }
  const site = siteTable();
  // A title the brochure prints twice in a row (宴会主管) is one title.
  const count = (rows: BrochureRow[]) =>
    `${rows.length} sectors, ${rows.flatMap((r) => r.programmes).length} programmes, ${rows.flatMap((r) => [...new Set(r.jobTitles)]).length} job titles`;
  console.log(`Brochure: ${file} (${count(brochure)})`);
  console.log(`Content:  ${relative(projectRoot, contentDir)} (${count(site)})`);
  const differences = diffBrochure(site, brochure);
  if (differences.length === 0) {
    console.log('No differences.');
    return 0;
  }
  console.log('');
  for (const difference of differences) console.log(describeDifference(difference));
  console.log(`\n${differences.length} difference(s). README.md, "A new brochure", says how to update the content.`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
