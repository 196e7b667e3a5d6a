import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';
import { decode } from '../seo/html';
import { readCollection, readProgramme, readSector, type Localised } from '../support/content';
import { distDir } from '../support/server';

/**
 * The site's guidance on the built pages (issue 11 items 6–8, issue 13): a programme page marks the
 * sector's example jobs that fit it best (★, the site's suggestion) and the jobs whose route carries a
 * caveat (†), and shows each caveat with its source; the careers page shows the caveat beside every
 * route it concerns. What is expected is read from the content (src/content/best-fit and the
 * programmes' facts), so the test follows the content and fails when a page stops showing it.
 */
interface BestFitFile {
  id: string;
  sector: string;
  jobs: { title: string; best: { programme: string }[] }[];
  caveats?: { programme: string; fact: string; jobTitles: string[] }[];
}

const locales = ['zh-hans', 'zh-hant', 'en'] as const;
const bestFit = readCollection<BestFitFile>('best-fit');

const textOf = (el: ElementNode): string =>
  decode(el.children.map((c) => (c.type === ELEMENT_NODE ? textOf(c as ElementNode) : String(c.value ?? ''))).join(''));

function elementsOf(path: string): ElementNode[] {
  const elements: ElementNode[] = [];
  walkSync(parse(readFileSync(join(distDir, path, 'index.html'), 'utf8')), (node) => {
    if (node.type === ELEMENT_NODE) elements.push(node as ElementNode);
  });
  return elements;
}

/** The job list of a programme page: each title's text, and whether it carries ★ or †. */
function jobList(elements: ElementNode[]) {
  const section = elements.find((e) => e.name === 'section' && e.attributes['aria-labelledby'] === 'jobs');
  if (!section) throw new Error('no job list (section aria-labelledby="jobs")');
  const inside: ElementNode[] = [];
  walkSync(section, (node) => {
    if (node.type === ELEMENT_NODE) inside.push(node as ElementNode);
  });
  return { section, items: inside.filter((e) => e.name === 'li').map((li) => textOf(li)) };
}

/** Each programme with a best fit or a caveat, with what its page must show. */
const programmes = [...new Set(bestFit.flatMap((f) => [...f.jobs.flatMap((j) => j.best.map((b) => b.programme)), ...(f.caveats ?? []).map((c) => c.programme)]))]
  .sort()
  .map((id) => {
    const file = bestFit.find((f) => f.jobs.some((j) => j.best.some((b) => b.programme === id)) || f.caveats?.some((c) => c.programme === id))!;
    const titles = readSector(file.sector).jobTitles;
    const label = (zhHans: string) => titles.find((t) => t['zh-hans'] === zhHans)!;
    const programme = readProgramme(id);
    const caveats = (file.caveats ?? [])
      .filter((c) => c.programme === id)
      .map((c) => {
        const fact = (programme.facts as { id?: string; text: Localised; source: string }[] | undefined)?.find((f) => f.id === c.fact);
        if (!fact) throw new Error(`best-fit/${file.id}: ${id} has no fact ${c.fact}`);
        return { text: fact.text, url: programme.sources![fact.source]!.url, jobs: c.jobTitles.map(label) };
      });
    return { id, titles, best: file.jobs.filter((j) => j.best.some((b) => b.programme === id)).map((j) => label(j.title)), caveats };
  });

describe('programme pages: the jobs that fit best, as the site’s guidance, and the caveats', () => {
  it('covers every programme the best fit names, the two caveats of issue 11 among them', () => {
    expect(programmes.length).toBeGreaterThanOrEqual(30);
    expect(programmes.filter((p) => p.caveats.length > 0).map((p) => p.id)).toEqual(
      expect.arrayContaining(['architecture-interior-and-landscape-design', 'culinary-arts']),
    );
  });

  describe.each(locales)('%s', (locale) => {
    it.each(programmes)('$id: ★ on exactly its best-fit titles, † on its caveats’ titles, each caveat with its source', ({ id, titles, best, caveats }) => {
      const elements = elementsOf(`${locale}/programmes/${id}`);
      const { section, items } = jobList(elements);
      // Each item's title: the longest of the sector's titles the item starts with (after its ★).
      const titleOf = (item: string) =>
        titles
          .map((t) => t[locale])
          .filter((t) => item.replace(/^★ /, '').startsWith(t))
          .sort((a, b) => b.length - a.length)[0];
      const sorted = (list: (string | undefined)[]) => [...new Set(list)].sort();
      expect(items).toHaveLength(titles.length);
      expect(sorted(items.filter((item) => item.startsWith('★ ')).map(titleOf))).toEqual(sorted(best.map((b) => b[locale])));
      expect(sorted(items.filter((item) => item.includes(' †')).map(titleOf))).toEqual(sorted(caveats.flatMap((c) => c.jobs.map((j) => j[locale]))));
      const text = textOf(section);
      for (const caveat of caveats) {
        expect(text).toContain(caveat.text[locale]);
        expect(elements.some((e) => e.name === 'a' && e.attributes.href === caveat.url)).toBe(true);
      }
    });
  });
});

describe('the careers page: each caveat beside the routes it concerns', () => {
  const withCaveats = programmes.filter((p) => p.caveats.length > 0);

  it.each(locales)('%s', (locale) => {
    const elements = elementsOf(`${locale}/careers`);
    const text = textOf(elements.find((e) => e.name === 'main') ?? elements[0]!);
    for (const { caveats } of withCaveats) {
      for (const caveat of caveats) {
        // Beside each of its titles, in the list by sector and in the list in dictionary order.
        expect(text.split(caveat.text[locale]).length - 1).toBeGreaterThanOrEqual(2 * caveat.jobs.length);
        expect(elements.some((e) => e.name === 'a' && e.attributes.href === caveat.url)).toBe(true);
      }
    }
  });
});
