import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { dictionaries, formatDate, locales, type Locale } from '../../src/i18n';
import { hkd, isPast, twoYearSum } from '../../src/lib/costs';
import { askLine, questionLinks } from '../../src/lib/faq';
import { contactValues } from '../../src/lib/contacts';
import { sources, sourceUrl } from '../../src/lib/sources';
import { distDir } from '../support/server';
import { readProgrammes, readQuestions } from '../support/content';
import { decode } from '../seo/html';

/**
 * Issue 12 on the built site: the questions page (an anchor, sources and an "as of" for every
 * question, and FAQPage JSON-LD with one Question per question), the costs page (the worked sum
 * equals its lines, dates marked past on the build day), the language of teaching on programme
 * pages, the brochure and the checker, and the links to the questions from other pages.
 */
const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const frontmatter = (locale: Locale, id: string) => readQuestions(locale).find((q) => q.id === id)!.data;
const citedBy = (locale: Locale, id: string) => frontmatter(locale, id).sources;

function elements(source: string): ElementNode[] {
  const out: ElementNode[] = [];
  walkSync(parse(source), (node) => {
    if (node.type === ELEMENT_NODE) out.push(node as ElementNode);
  });
  return out;
}
const attr = (el: ElementNode, name: string) => (el.attributes[name] === undefined ? undefined : decode(el.attributes[name]));
const text = (el: ElementNode): string =>
  el.children.map((c) => (c.type === ELEMENT_NODE ? text(c as ElementNode) : decode(String(c.value ?? '')))).join('');
const within = (root: ElementNode) => {
  const out: ElementNode[] = [];
  walkSync(root, (node) => {
    if (node.type === ELEMENT_NODE) out.push(node as ElementNode);
  });
  return out;
};

type Node = Record<string, unknown> & { '@type'?: string; '@id'?: string };
const graphOf = (els: ElementNode[]): Node[] =>
  els
    .filter((e) => e.name === 'script' && attr(e, 'type') === 'application/ld+json')
    .flatMap((e) => (JSON.parse(text(e)) as { '@graph': Node[] })['@graph']);

describe.each(locales)('the %s questions page', (locale) => {
  const els = elements(html(`${locale}/faq`));
  const questions = els.filter((e) => e.name === 'section' && attr(e, 'data-question'));
  const d = dictionaries[locale];

  it('has at least 24 questions, each at its own anchor with its question as a heading', () => {
    expect(questions.length).toBeGreaterThanOrEqual(24);
    for (const q of questions) {
      const id = attr(q, 'data-question')!;
      expect(attr(q, 'id')).toBe(id);
      const heading = within(q).find((e) => e.name === 'h3');
      expect(attr(heading!, 'id')).toBe(attr(q, 'aria-labelledby'));
      expect(text(heading!).trim()).not.toBe('');
    }
  });

  it('ends every answer with the official sources its file cites, linked where they have an address, and its "as of" date', () => {
    for (const q of questions) {
      const id = attr(q, 'id')!;
      const cited = citedBy(locale, id);
      const last = q.children.filter((c): c is ElementNode => c.type === ELEMENT_NODE).at(-1)!;
      expect(text(last), id).toContain(d['support.from']);
      expect(cited.length, id).toBeGreaterThan(0);
      for (const source of cited) {
        expect(text(last), `${id} cites ${source}`).toContain(d[sources[source].titleKey]);
        const url = sourceUrl(source, locale);
        if (url) expect(within(last).some((a) => a.name === 'a' && attr(a, 'href') === url), `${id} links ${source}`).toBe(true);
      }
      expect(text(last)).toContain(d['faq.asOf'].replace('{date}', formatDate(frontmatter(locale, id).asOf, locale)));
    }
  });

  it('is an FAQPage in its JSON-LD, with one Question per question, in page order, as the page words it', () => {
    const graph = graphOf(els);
    const page = graph.find((n) => n['@type'] === 'FAQPage')!;
    const url = page['@id']!;
    expect(url).toMatch(new RegExp(`/${locale}/faq/$`));
    expect(graph.filter((n) => n['@type'] === 'WebPage')).toEqual([]);
    const nodes = graph.filter((n) => n['@type'] === 'Question');
    const ids = questions.map((q) => attr(q, 'id'));
    expect(nodes.map((n) => n['@id'])).toEqual(ids.map((id) => `${url}#${id}`));
    expect(page['mainEntity']).toEqual(ids.map((id) => ({ '@id': `${url}#${id}` })));
    nodes.forEach((node, i) => {
      const heading = within(questions[i]!).find((e) => e.name === 'h3')!;
      expect(node['name']).toBe(text(heading).trim());
      const answer = node['acceptedAnswer'] as { '@type': string; text: string };
      expect(answer['@type']).toBe('Answer');
      expect(answer.text.length).toBeGreaterThan(20);
      // The answer's first words are on the page under the question.
      expect(text(questions[i]!).replace(/\s+/g, '')).toContain(answer.text.split('\n')[0]!.replace(/\s+/g, '').slice(0, 12));
    });
  });

  // Where the sources are silent the answer says whom to ask, with the numbers of src/lib/contacts.ts,
  // on the page and in the JSON-LD's answer alike.
  it.each([
    ['mainland-recognition', 'vtc'],
    ['entry-requirements', 'vtc'],
    ['permanent-residence', 'immd'],
    ['own-business', 'immd'],
  ] as const)('%s gives the %s contact line on the page and in its JSON-LD answer', (id, who) => {
    const line = askLine(locale, who).replace(/\s+/g, '');
    const section = questions.find((q) => attr(q, 'id') === id)!;
    expect(text(section).replace(/\s+/g, '')).toContain(line);
    const node = graphOf(els).find((n) => n['@type'] === 'Question' && n['@id']?.endsWith(`#${id}`))!;
    expect((node['acceptedAnswer'] as { text: string }).text.replace(/\s+/g, '')).toContain(line);
    const phone = who === 'vtc' ? contactValues.vtcPhone : contactValues.immdPhone;
    expect(line).toContain(phone.replace(/\s+/g, ''));
  });

  it('is reached from the home page, and every question link on the site lands on a question', () => {
    const anchors = new Set(questions.map((q) => attr(q, 'id')));
    const home = elements(html(locale)).filter((e) => e.name === 'a').map((a) => attr(a, 'href') ?? '');
    const linked = home.filter((href) => href.startsWith(`/${locale}/faq/#`)).map((href) => href.split('#')[1]);
    expect(linked).toEqual([...questionLinks.home]);
    for (const id of linked) expect(anchors).toContain(id);
  });
});

describe.each(locales)('the %s costs page', (locale) => {
  const els = elements(html(`${locale}/costs`));

  it('shows the worked sum, whose total equals its lines and the sum src/lib/costs.ts makes', () => {
    const table = els.find((e) => attr(e, 'data-worked-sum') !== undefined)!;
    const rows = within(table).filter((e) => e.name === 'tr' && attr(e, 'data-line'));
    const sum = twoYearSum('other');
    expect(rows.map((r) => attr(r, 'data-line'))).toEqual(sum.lines.map((l) => l.id));
    const totals = rows.map((r) => Number(attr(r, 'data-total')));
    const total = within(table).find((e) => attr(e, 'data-sum-total') !== undefined)!;
    expect(Number(attr(total, 'data-sum-total'))).toBe(totals.reduce((a, b) => a + b, 0));
    expect(text(total)).toBe(hkd(sum.total));
    rows.forEach((row, i) => {
      // Each line shows its subtotal, and its source and year under its name.
      expect(text(row)).toContain(hkd(sum.lines[i]!.total));
      expect(within(row).some((e) => e.name === 'a' && /^https:/.test(attr(e, 'href') ?? ''))).toBe(true);
      expect(text(row)).toMatch(/2024\/25|2025/);
    });
  });

  it('marks a key date past exactly when its month is over on the build day', () => {
    const table = els.find((e) => attr(e, 'data-key-dates') !== undefined)!;
    const built = attr(table, 'data-build-date')!;
    expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = within(table).filter((e) => attr(e, 'data-key-date'));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const d = dictionaries[locale];
    for (const row of rows) {
      const past = isPast(attr(row, 'data-until')!, built);
      expect(attr(row, 'data-past'), attr(row, 'data-key-date')).toBe(String(past));
      expect(text(row)).toContain(past ? d['costs.past'] : d['costs.notPast']);
    }
  });

  it('says later years’ fees come from the VTC, and gives the student visa’s 6 to 8 weeks', () => {
    const page = text(els.find((e) => e.name === 'main')!);
    expect(page).toContain(dictionaries[locale]['costs.notPromise']);
    expect(page).toContain(dictionaries[locale]['costs.visaTime']);
  });
});

describe('the language of teaching', () => {
  const programmes = readProgrammes();
  const cases = programmes.flatMap((p) => locales.map((locale) => [locale, p.id, p] as const));

  it.each(cases)('%s/programmes/%s shows each class with its language, or "not stated by the VTC"', (locale, id, programme) => {
    const els = elements(html(`${locale}/programmes/${id}`));
    const block = els.find((e) => attr(e, 'data-medium') === id)!;
    expect(block).toBeDefined();
    const rows = within(block).filter((e) => attr(e, 'data-medium-code'));
    const classes = programme.mediumOfInstruction ?? [];
    expect(rows.map((r) => [attr(r, 'data-medium-code'), attr(r, 'data-medium-language')])).toEqual(classes.map((c) => [c.code, c.medium]));
    const d = dictionaries[locale];
    const words = { cantonese: d['medium.cantonese'], putonghua: d['medium.putonghua'], 'not-stated': d['medium.notStated'] } as Record<string, string>;
    rows.forEach((row, i) => expect(text(row)).toContain(words[classes[i]!.medium]!));
    if (classes.length === 0) expect(text(block)).toContain(d['medium.none']);
    // Where any class lacks a language, or none is listed, the VTC's list is linked.
    if (classes.length === 0 || classes.some((c) => c.medium === 'not-stated')) {
      expect(within(block).some((e) => attr(e, 'href') === 'https://www.vtc.edu.hk/hqip/vpas-std.php')).toBe(true);
    }
  });

  it.each(locales)('%s: the brochure and the checker’s programme choice show the stated languages', (locale: Locale) => {
    const d = dictionaries[locale];
    const brochure = elements(html(`${locale}/brochure`));
    for (const p of programmes.filter((p) => p.mediumOfInstruction?.length)) {
      const block = brochure.find((e) => attr(e, 'data-medium') === p.id);
      for (const c of p.mediumOfInstruction!) expect(text(block!)).toContain(c.code);
    }
    const checker = elements(html(`${locale}/eligibility`));
    const option = checker.find((e) => e.name === 'option' && attr(e, 'value') === 'business-with-e-commerce')!;
    expect(text(option)).toContain(`BA114055K ${d['medium.putonghua']}`);
    // A language read only from a page's address stays out of the short label, with its caveat in the help below.
    const games = checker.find((e) => e.name === 'option' && attr(e, 'value') === 'games-and-animation')!;
    expect(text(games)).not.toContain('IT114206K');
    expect(text(checker.find((e) => attr(e, 'data-medium') === 'games-and-animation')!)).toContain(d['medium.seen.pageAddress'].trim());
  });
});

describe.each(locales)('%s: links to the questions', (locale) => {
  const anchors = new Set(elements(html(`${locale}/faq`)).filter((e) => attr(e, 'data-question')).map((e) => attr(e, 'id')));

  it('from every programme page, to the questions a programme reader asks', () => {
    for (const { id } of readProgrammes()) {
      const links = elements(html(`${locale}/programmes/${id}`))
        .map((a) => attr(a, 'href') ?? '')
        .filter((href) => href.startsWith(`/${locale}/faq/#`))
        .map((href) => href.split('#')[1]);
      expect(links, id).toEqual([...questionLinks.programme]);
      for (const q of links) expect(anchors).toContain(q);
    }
  });

  it('from the checker’s result, by outcome (among them "what if my job ends")', () => {
    const data = elements(html(`${locale}/eligibility`)).find((e) => attr(e, 'id') === 'checker-data')!;
    const { questions } = JSON.parse(text(data)) as { questions: Record<'eligible' | 'notEligible', { href: string; text: string }[]> };
    expect(questions.eligible.map((q) => q.href.split('#')[1])).toEqual([...questionLinks.checkerEligible]);
    expect(questions.notEligible.map((q) => q.href.split('#')[1])).toEqual([...questionLinks.checkerNotEligible]);
    expect(questions.eligible.map((q) => q.href.split('#')[1])).toContain('job-ends');
    for (const q of [...questions.eligible, ...questions.notEligible]) {
      expect(q.href.startsWith(`/${locale}/faq/#`)).toBe(true);
      expect(anchors).toContain(q.href.split('#')[1]);
      expect(q.text.trim()).not.toBe('');
    }
  });
});
