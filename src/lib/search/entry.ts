import type { Locale } from '../../i18n';
import type { NameCatalogue } from './catalogue';
import { hongKongText, searchForms, simplificationTable, simplifiedText, unique, type Spellings } from './forms';
import type { SearchCatalogue, SearchQuestion, SearchSectorDetail } from './contract';
import { comparable } from './text';

/**
 * The island's catalogue (/{locale}/search/catalogue.json): every word the search knows, and what
 * the island needs to explain and rank a result, built once per locale from the catalogue.
 */

const spelt = (s: Spellings) => [...s.forms, ...s.variants];

/**
 * A question of the questions page as the build hands it to the catalogue (questions.ts), with its
 * words in Simplified characters for the table that reads a Traditional query; the words stay here.
 */
export interface QuestionRecord extends SearchQuestion {
  words: string;
}

export function questionRecord(question: { id: string; question: string }): QuestionRecord {
  return { id: question.id, title: question.question, words: simplifiedText(question.question) };
}

const searchFormsOf = (texts: readonly string[]) => unique(texts.flatMap(searchForms));

/**
 * Words so common across sectors that sharing one says nothing (工程, 技术员, 人员, "officer"): the
 * runs of two or three characters, and the English words, found in the brochure's names and job
 * titles of at least three sectors, or in the words (aliases included) of at least four. Subject
 * words stay (机械, 电工, 检测: three sectors' aliases, but they still say what the job is).
 */
export function genericWords(catalogue: NameCatalogue): string[] {
  const inNames = new Map<string, Set<string>>();
  const inAll = new Map<string, Set<string>>();
  const count = (into: Map<string, Set<string>>, text: string, sector: string) => {
    const add = (word: string) => into.set(word, (into.get(word) ?? new Set()).add(sector));
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = [...run];
      for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) add(chars.slice(i, i + n).join(''));
    }
    for (const word of comparable(text).words) add(word);
  };
  for (const sector of catalogue.sectors) {
    const programmes = catalogue.programmes.filter((p) => p.sectorId === sector.id);
    const names = [sector.name, ...sector.jobs.map((j) => j.title), ...programmes.map((p) => p.name)].flatMap((n) => [n['zh-hans'], n.en]);
    const aliases = [sector.aliases, ...sector.jobs.map((j) => j.aliases), ...programmes.map((p) => p.aliases)].flatMap((a) => a.forms);
    for (const text of names) count(inNames, text, sector.id);
    for (const text of [...names, ...aliases]) count(inAll, text, sector.id);
  }
  const generic = new Set([
    ...[...inNames].filter(([, sectors]) => sectors.size >= 3).map(([word]) => word),
    ...[...inAll].filter(([, sectors]) => sectors.size >= 4).map(([word]) => word),
  ]);
  return [...generic].sort();
}

/** Leaves out an empty list, so the island's JSON carries no `"variants":[]` for most names. */
const some = <K extends string>(key: K, list: readonly string[]) => (list.length > 0 ? ({ [key]: [...list] } as Record<K, string[]>) : {});

/**
 * The island's catalogue for one locale; `paths` makes the addresses (base path included). Like
 * the index, it holds names in Simplified and English, with the table that reads a Traditional
 * query as Simplified; only what the island shows (labels, aliases, reasons, caveats) is in the
 * page's language and script. The questions page's questions (questions.ts) come along with their
 * text, their characters in the table.
 */
export function searchCatalogue(
  catalogue: NameCatalogue,
  locale: Locale,
  paths: { programme: (id: string) => string; sector: (id: string) => string },
  questions: readonly QuestionRecord[] = [],
): SearchCatalogue {
  // Aliases are shown beside the title they matched (程式設計師（程序員）): in the page's script.
  const shown = (aliases: readonly string[]) => (locale === 'zh-hant' ? unique(aliases.map(hongKongText)) : [...aliases]);
  // Sectors and programmes are found the same way; only a programme has other names besides.
  type Named = (NameCatalogue['sectors'] | NameCatalogue['programmes'])[number];
  const page = <K extends 'sector' | 'programme'>(kind: K, entry: Named, sectorId: string, url: string) => ({
    kind,
    id: entry.id,
    sectorId,
    order: entry.order,
    title: entry.name[locale],
    url,
    names: entry.spellings.forms,
    ...some('variants', entry.spellings.variants),
  });
  const pages: SearchCatalogue['pages'] = [
    ...catalogue.sectors.map((s) => page('sector', s, s.id, paths.sector(s.id))),
    ...catalogue.programmes.map((p) => ({ ...page('programme', p, p.sectorId, paths.programme(p.id)), ...some('other', p.extras) })),
  ];
  const sectors: SearchCatalogue['sectors'] = catalogue.sectors.map((s) => ({
    id: s.id,
    title: s.name[locale],
    url: paths.sector(s.id),
    programmes: s.programmes,
  }));
  const details: SearchCatalogue['details'] = {};
  for (const s of catalogue.sectors) {
    const programmes = catalogue.programmes.filter((p) => p.sectorId === s.id);
    const names: SearchSectorDetail['names'] = {};
    for (const { id, aliases } of [s, ...programmes]) {
      if (aliases.forms.length + aliases.variants.length > 0) names[id] = { aliases: aliases.forms, ...some('variants', aliases.variants) };
    }
    details[s.id] = {
      id: s.id,
      jobs: s.jobs.map((j) => ({
        label: j.title[locale],
        forms: j.spellings.forms,
        ...some('variants', j.spellings.variants),
        aliases: shown(j.aliases.forms),
        ...some('aliasVariants', shown(j.aliases.variants)),
        best: j.best.map((b) => b.programme),
        why: j.best.map((b) => b.why[locale]),
      })),
      names,
      ...some('workplaces', s.workplaces ? searchFormsOf(Object.values(s.workplaces)) : []),
      caveats: programmes.flatMap((p) =>
        p.caveats.map((c) => ({
          programme: p.id,
          text: c.text[locale],
          url: c.source.url,
          jobs: c.jobs.map((title) => s.jobs.findIndex((j) => j.title['zh-hans'] === title)).filter((i) => i >= 0),
          words: c.words,
        })),
      ),
    };
  }
  // Every word the index holds (in Simplified), for the table that reads a Traditional query.
  const everyWord = [
    ...catalogue.sectors.flatMap((s) => [
      ...spelt(s.spellings),
      ...spelt(s.aliases),
      ...s.jobs.flatMap((j) => [...spelt(j.spellings), ...spelt(j.aliases)]),
      ...(details[s.id]?.workplaces ?? []),
    ]),
    ...catalogue.programmes.flatMap((p) => [...spelt(p.spellings), ...spelt(p.aliases), ...p.extras]),
  ];
  const noProgramme = catalogue.noProgramme.map((job) => ({
    label: job.name[locale],
    forms: job.spellings.forms,
    ...some('variants', job.spellings.variants),
    ...(job.nearest ? { nearest: job.nearest } : {}),
  }));
  const noProgrammeWords = catalogue.noProgramme.flatMap((job) => spelt(job.spellings));
  const questionWords = questions.map((q) => q.words);
  // Most used first: a misspelt word equally near two words is read as the commoner (enginer: engineer, not engine).
  const uses = new Map<string, number>();
  for (const word of [...everyWord, ...noProgrammeWords].flatMap((text) => comparable(text).words)) uses.set(word, (uses.get(word) ?? 0) + 1);
  const vocabulary = [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return {
    simplify: simplificationTable([...everyWord, ...noProgrammeWords, ...questionWords]),
    pages,
    sectors,
    details,
    noProgramme,
    vocabulary,
    generic: genericWords(catalogue),
    ...(questions.length > 0 && { questions: questions.map(({ id, title }) => ({ id, title })) }),
  };
}
