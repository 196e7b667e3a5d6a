import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n';
import { answerSyntaxProblems, answerText } from './answer-text';
import type { IntakesByProgramme } from './eligibility';
import { componentWords, questionKey, questionLinks, questionSetProblems, type QuestionLinkPlace } from './faq';
import { buildNameCatalogue, type NameCatalogue } from './search/catalogue';
import type { MainlandGloss } from './glossary';

/**
 * The one place pages read the content collections. Computed once per build and shared, the way
 * Starlight computes its route data once; components only receive what these return.
 */
export type Sector = CollectionEntry<'sectors'>;
export type Programme = CollectionEntry<'programmes'>;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) =>
  a.data.order - b.data.order;

let catalogue: Promise<{ sectors: Sector[]; programmes: Programme[] }> | undefined;

/** All sectors in brochure order and all programmes in brochure order (sector, then position). */
export function getCatalogue() {
  catalogue ??= (async () => {
    const sectors = (await getCollection('sectors')).sort(byOrder);
    const rank = new Map(sectors.map((s, i) => [s.id, i]));
    const programmes = await getCollection('programmes');
    // Astro checks a reference's form, not that its entry exists: check here, naming file and field.
    for (const p of programmes) {
      if (!rank.has(p.data.sector.id)) {
        throw new Error(
          `${p.filePath ?? p.id}: field "sector" names "${p.data.sector.id}", which is not a sector ` +
            `(known: ${[...rank.keys()].join(', ')})`,
        );
      }
    }
    programmes.sort(
      (a, b) => (rank.get(a.data.sector.id) ?? 0) - (rank.get(b.data.sector.id) ?? 0) || byOrder(a, b),
    );
    return { sectors, programmes };
  })();
  return catalogue;
}

export async function getProgrammes(): Promise<Programme[]> {
  return (await getCatalogue()).programmes;
}

/** Programme id -> eligible intakes: what the eligibility rules take. */
export async function getIntakesByProgramme(): Promise<IntakesByProgramme> {
  return Object.fromEntries((await getProgrammes()).map((p) => [p.id, p.data.intakes]));
}

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** The glossary's words, in the file's order (the glossary page's). */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return getCollection('glossary');
}

/** The words a zh-Hans page glosses at their first use: those with a Mainland word to give. */
export async function getMainlandGlosses(): Promise<MainlandGloss[]> {
  return (await getGlossary()).flatMap(({ id, data }) =>
    data.mainland === null ? [] : [{ id, term: data.hongKong['zh-hans'], mainland: data.mainland }],
  );
}

/**
 * Every name the glosses must not split, as zh-Hans pages write them: programme, sector, job and
 * institution names (src/lib/glossary.ts glosses a word inside one after the whole name).
 */
export async function getGlossNames(): Promise<string[]> {
  const { sectors, programmes } = await getCatalogue();
  const names = [
    ...sectors.flatMap((s) => [s.data.name['zh-hans'], ...s.data.jobTitles.map((job) => job['zh-hans'])]),
    ...programmes.flatMap((p) => [p.data.name['zh-hans'], p.data.official.institution?.['zh-hans'] ?? '']),
  ];
  return [...new Set(names.filter(Boolean))];
}

let nameCatalogue: Promise<NameCatalogue> | undefined;

/**
 * Every programme, sector and job title with all the ways a student may write it, aliases
 * included (src/lib/search/catalogue.ts). An alias pointing at nothing fails the build.
 */
export function getNameCatalogue(): Promise<NameCatalogue> {
  nameCatalogue ??= (async () => {
    const { sectors, programmes } = await getCatalogue();
    const { catalogue, problems } = buildNameCatalogue({
      sectors: sectors.map((s) => ({ id: s.id, ...s.data })),
      programmes: programmes.map((p) => ({ id: p.id, ...p.data, sector: p.data.sector.id })),
      aliases: (await getCollection('aliases')).map((a) => ({
        file: a.id,
        sector: a.data.sector.id,
        aliases: a.data.aliases.map((alias) => ({ ...alias, programmes: alias.programmes.map((p) => p.id) })),
      })),
      bestFit: (await getCollection('best-fit')).map((f) => ({
        file: f.id,
        sector: f.data.sector.id,
        jobs: f.data.jobs.map((job) => ({ title: job.title, best: job.best.map((b) => ({ programme: b.programme.id, why: b.why })) })),
        caveats: f.data.caveats.map((c) => ({ ...c, programme: c.programme.id })),
      })),
      noProgramme: (await getCollection('no-programme')).map((f) => ({
        file: f.id,
        jobs: f.data.jobs.map((job) => ({ ...job, nearest: job.nearest?.id })),
      })),
    });
    if (problems.length > 0) throw new Error(`Search aliases and best fit:\n${problems.join('\n')}`);
    return catalogue;
  })();
  return nameCatalogue;
}

export type QuestionEntry = CollectionEntry<'questions'>;

/** A question of one locale, ready to show: its id (the anchor), its data, its rendered answer and the answer's text. */
export interface Question {
  id: string;
  locale: Locale;
  data: QuestionEntry['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** The answer's words (src/lib/answer-text.ts), for JSON-LD and the search index. */
  text: string;
}

let questions: Promise<Question[]> | undefined;

/**
 * Every question of every locale, answers rendered. The set must hold together (src/lib/faq.ts:
 * the same ids, topics, positions and sources in every locale; "as of" no earlier than the sources):
 * otherwise the build fails, naming each file at fault.
 */
function getAllQuestions(): Promise<Question[]> {
  questions ??= (async () => {
    const entries = await getCollection('questions');
    const problems = [
      ...questionSetProblems(entries),
      ...entries.flatMap((entry) => answerSyntaxProblems(entry.body ?? '').map((p) => `${entry.filePath ?? entry.id}: ${p}`)),
    ];
    if (problems.length > 0) throw new Error(`Questions (src/content/questions):\n${problems.join('\n')}`);
    return Promise.all(
      entries.map(async (entry) => {
        const { locale, id } = questionKey(entry.id)!;
        const { Content } = await render(entry);
        const text = answerText(entry.body ?? '', componentWords(locale));
        if (!text) throw new Error(`${entry.filePath ?? entry.id}: the answer has no text of its own`);
        return { id, locale, data: entry.data, Content, text };
      }),
    );
  })();
  return questions;
}

/** The questions of one locale (in no order: src/lib/faq.ts groups and orders them). */
export async function getQuestions(locale: Locale): Promise<Question[]> {
  return (await getAllQuestions()).filter((q) => q.locale === locale);
}

/** The questions a page links to (src/lib/faq.ts, `questionLinks`), in that order; an unknown id fails the build. */
export async function getLinkedQuestions(locale: Locale, place: QuestionLinkPlace): Promise<Question[]> {
  const all = await getQuestions(locale);
  return questionLinks[place].map((id) => {
    const question = all.find((q) => q.id === id);
    if (!question) throw new Error(`src/lib/faq.ts questionLinks.${place} names "${id}", which is not a question in ${locale}`);
    return question;
  });
}
