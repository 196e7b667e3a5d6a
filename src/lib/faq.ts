import { isLocale, locales, useTranslations, type Locale } from '../i18n';
import { contactValues } from './contacts';
import { informationAsOf, type SourceId } from './sources';

/**
 * The questions page (issue 12): its topics, how its content files must agree across locales, and
 * which questions other pages link to. Pure: src/lib/content.ts reads the collection and hands the
 * entries here, so every rule is unit-tested beside this file.
 */

/**
 * The six topics, in page order, from choosing a programme to staying for good: the order in which
 * a family meets the questions.
 */
export const faqTopics = ['choosing', 'applying', 'money', 'studying', 'graduating', 'staying'] as const;
export type FaqTopic = (typeof faqTopics)[number];

/** What these rules read from a question entry (a `CollectionEntry<'questions'>` fits). */
export interface QuestionLike {
  /** '{locale}/{id}': the file's path under src/content/questions, without `.mdx`. */
  id: string;
  filePath?: string | undefined;
  data: { question: string; topic: FaqTopic; order: number; sources: readonly SourceId[]; asOf: string };
}

/** An entry's locale and question id, from its path; null when the folder is not a locale. */
export function questionKey(entryId: string): { locale: Locale; id: string } | null {
  const [folder, id, ...rest] = entryId.split('/');
  return isLocale(folder) && id && rest.length === 0 ? { locale: folder, id } : null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What is wrong with a set of question files, one message per problem, naming the file: a folder
 * that is not a locale; a question missing in a locale; a topic, position or source list that differs
 * between locales (one question, three languages); two questions in one place; an "as of" date
 * earlier than the newest source it cites. Empty when the set is sound.
 */
export function questionSetProblems(entries: readonly QuestionLike[]): string[] {
  const problems: string[] = [];
  const byLocale = new Map<Locale, Map<string, QuestionLike>>(locales.map((l) => [l, new Map()]));
  for (const entry of entries) {
    const name = entry.filePath ?? entry.id;
    const key = questionKey(entry.id);
    if (!key) {
      problems.push(`${name}: a question lives in src/content/questions/{locale}/, with locale one of ${locales.join(', ')}`);
      continue;
    }
    byLocale.get(key.locale)!.set(key.id, entry);
    // Undated sources (pages read from copies, whose own date is not known) set no lower bound.
    const newest = informationAsOf(entry.data.sources);
    if (newest && entry.data.asOf < newest) problems.push(`${name}: asOf ${entry.data.asOf} is earlier than its newest source (${newest})`);
  }
  const ids = [...new Set([...byLocale.values()].flatMap((m) => [...m.keys()]))].sort();
  for (const id of ids) {
    const found = locales.map((locale) => ({ locale, entry: byLocale.get(locale)!.get(id) }));
    for (const { locale, entry } of found) {
      if (!entry) problems.push(`src/content/questions/${locale}/${id}.mdx is missing: every locale has the same questions`);
    }
    // The first locale that has the question is the one the others must agree with.
    const [reference, ...rest] = found.filter((x): x is { locale: Locale; entry: QuestionLike } => x.entry !== undefined);
    if (!reference) continue;
    const ref = reference.entry.data;
    for (const { entry } of rest) {
      const { topic, order, sources } = entry.data;
      const name = entry.filePath ?? entry.id;
      if (topic !== ref.topic) problems.push(`${name}: topic "${topic}" differs from ${reference.locale}'s "${ref.topic}"`);
      if (order !== ref.order) problems.push(`${name}: order ${order} differs from ${reference.locale}'s ${ref.order}`);
      if (!sameList(sources, ref.sources)) {
        problems.push(`${name}: sources [${sources.join(', ')}] differ from ${reference.locale}'s [${ref.sources.join(', ')}]`);
      }
    }
  }
  for (const [locale, questions] of byLocale) {
    const places = new Map<string, string>();
    for (const [id, entry] of questions) {
      const place = `${entry.data.topic} ${entry.data.order}`;
      const other = places.get(place);
      if (other) problems.push(`src/content/questions/${locale}/${id}.mdx: topic "${entry.data.topic}" position ${entry.data.order} is also ${other}'s`);
      places.set(place, id);
    }
  }
  return problems;
}

/** The questions of one locale grouped by topic, topics in page order, questions by position. */
export function groupByTopic<T extends { data: { topic: FaqTopic; order: number } }>(questions: readonly T[]) {
  return faqTopics
    .map((topic) => ({
      topic,
      questions: questions.filter((q) => q.data.topic === topic).sort((a, b) => a.data.order - b.data.order),
    }))
    .filter((group) => group.questions.length > 0);
}

/**
 * The questions other pages link to, where a reader of that page is most likely to ask them. Each id
 * must be a question in every locale: src/lib/content.ts fails the build otherwise, naming it.
 */
export const questionLinks = {
  /** The home page: the questions families ask first (issue 12's opening list). */
  home: ['tuition', 'key-dates', 'language-of-instruction', 'age-and-english', 'change-employer', 'permanent-residence', 'vpas-vs-iang', 'mainland-recognition'],
  /** Every programme page: its language, what it costs, and what "relevant" work means for it. */
  programme: ['language-of-instruction', 'total-cost', 'relevant-job', 'job-ends', 'change-employer'],
  /** The checker's result when the reader can apply: what comes after the first stay. */
  checkerEligible: ['relevant-job', 'job-ends', 'change-employer', 'extensions', 'family-after', 'permanent-residence'],
  /** The checker's result when the reader cannot: the rules people most often misread. */
  checkerNotEligible: ['age-and-english', 'who-cannot-apply', 'graduation-date', 'vpas-vs-iang'],
} as const satisfies Record<string, readonly string[]>;
export type QuestionLinkPlace = keyof typeof questionLinks;

/**
 * Whom an answer sends the reader to when the sources are silent: the VTC's admissions office or
 * ImmD. The numbers and addresses live in src/lib/contacts.ts; an answer names the office with the
 * block component `<AskContact locale={props.locale} who="vtc" />`, never by copying them.
 */
export const askWho = ['vtc', 'immd'] as const;
export type AskWho = (typeof askWho)[number];

/** The contact line for `who`, in the locale's words, from src/lib/contacts.ts. */
export function askLine(locale: Locale, who: AskWho): string {
  return useTranslations(locale)(`faq.ask.${who}`, contactValues);
}

/**
 * The words an answer's block component gives its plain text (src/lib/answer-text.ts): the contact
 * line of an `<AskContact … who="…" />`; other components give none (their content is data the page
 * renders).
 */
export function componentWords(locale: Locale): (line: string) => string | undefined {
  return (line) => {
    const who = /^<AskContact\s[^>]*who="([a-z]+)"/.exec(line)?.[1];
    return (askWho as readonly string[]).includes(who ?? '') ? askLine(locale, who as AskWho) : undefined;
  };
}
