import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Localised } from './i18n';
import { ELIGIBLE_INTAKES } from './lib/eligibility';
import { sourceUrlProblem } from './lib/official-hosts';
import { factKinds, mediaOfInstruction, officialFields } from './lib/fact-kinds';
import { faqTopics } from './lib/faq';
import { sourceIds } from './lib/sources';

/**
 * The site's content: 13 sectors and 34 programmes from the VTC's VPAS brochure (December 2025),
 * with what ../shared/facts/vpas.md adds. One YAML file per entry; the file name is the slug.
 * A file that breaks these schemas fails `astro build`, which names the file and the field.
 */

/** Every visible text exists in the three locales; an empty string is as bad as a missing one. */
const localised = z.object({
  /** Simplified Chinese, as the brochure writes it. */
  'zh-hans': z.string().trim().min(1),
  /** Traditional Chinese in Hong Kong usage. */
  'zh-hant': z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
}) satisfies z.ZodType<Localised>;

/** The academic years the scheme names: the rules' own list (src/lib/eligibility/rules.ts). */
const academicYear = z.enum(ELIGIBLE_INTAKES);

/** The palettes defined in src/styles/global.css, one per sector. */
const sectorColours = [
  'red', 'sky', 'amber', 'fuchsia', 'orange', 'green', 'rose', 'yellow', 'indigo', 'cyan', 'teal', 'blue', 'lime',
] as const;

const sectors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/sectors' }),
  schema: z.object({
    /** Position in the brochure's table, 1 to 13. */
    order: z.number().int().min(1),
    /** The sector's name; `en` is the VTC's trade name where known (see `englishName`). */
    name: localised,
    /** Whether `name.en` is the VTC's official English trade name or the site's own translation. */
    englishName: z.enum(['official', 'translation']),
    /** The academic year of intake from which the sector's programmes are in the scheme. */
    joined: academicYear,
    /** The sector's colour on cards, badges and print: a palette name from src/styles/global.css. */
    colour: z.enum(sectorColours),
    /** The brochure's example job titles for the sector, in its order, each once. */
    jobTitles: z.array(localised).min(1),
    /** Where the brochure describes workplaces instead of titles (Healthcare), as written. */
    workplaces: localised.optional(),
  }),
});

/**
 * Programme facts beyond the brochure and ../shared/facts/vpas.md (issue 8), and the official names
 * and codes, each carry a source: the programme file lists the pages it relies on under `sources`
 * (id -> page), and every fact and every official field names one of those ids. Anything without a
 * source, a source id the file does not list, a listed source nothing cites, or a page that is not
 * https on an official host fails the build, naming the file and the field.
 */

/** A page cited for programme facts, as it was read. */
const citedPage = z
  .object({
    /** The page's address: https on an official host (src/lib/official-hosts.ts). */
    url: z.string().superRefine((url, ctx) => {
      const problem = sourceUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: `a source must be an official https page: ${problem}` });
    }),
    /** The page's title as read; where the page showed none, a short description (see `described`). */
    title: z.string().trim().min(1),
    /** True when `title` is our description of an untitled page; it is shown in square brackets. */
    described: z.literal(true).optional(),
    /**
     * The day the page was read, 'YYYY-MM-DD'. A month ('YYYY-MM') only for the facts file's VTC
     * source, which records the information as of December 2025 and no day.
     */
    accessed: z.union([z.iso.date(), z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/)], {
      error: 'the date the page was read, YYYY-MM-DD (or YYYY-MM for a source dated by month only)',
    }),
  })
  .strict();

/** A reference from a fact or an official field to one of the file's `sources`. */
const sourceId = z.string({
  error: (issue) =>
    issue.input === undefined
      ? 'every fact needs a source: the id of one of the pages under this file’s `sources`'
      : 'a source is the id (text) of one of the pages under this file’s `sources`',
});

/** A fact about a programme found in official material, in the site's own words, with its source. */
const programmeFact = z
  .object({
    /** A name other content can point at (a best-fit caveat cites the fact by it), unique in the file. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'a fact id is lower-case letters, digits and dashes').optional(),
    /** What the fact is about. */
    kind: z.enum(factKinds),
    /** A short summary in the site's own words (no copied sentences), in the three locales. */
    text: localised,
    /** The id of the page it was read on, from this file's `sources`. */
    source: sourceId,
  })
  .strict();

/**
 * One class of a programme and the language it is taught in, as an official page states it (issue
 * 12). The VTC's VPAS list gives some programmes a code per language (AS114109 and AS114109J); a
 * language is never guessed, so every class names its source, and a class the source lists without a
 * language says 'not-stated'.
 */
const mediumOfInstruction = z
  .object({
    /** The class's VTC code; a letter after the digits marks a class of its own (AS114109J). */
    code: z.string().regex(/^[A-Z]{2}\d{6}[A-Z]?$/, 'a VTC programme code such as AS114109 or AS114109J'),
    /** The language of teaching as the source states it, or 'not-stated' where it lists the code without one. */
    medium: z.enum(mediaOfInstruction),
    /** The id of the page under this file's `sources` where the code (and its language) was read. */
    source: sourceId,
    /**
     * Where the code was seen: on the VTC's VPAS list (the authority on which classes count), on a VTC
     * programme page (a class of that name, not confirmed as the listed one), or only in a page's
     * address (IT114206K); the page says which.
     */
    seen: z.enum(['vpas-list', 'programme-page', 'page-address']).default('vpas-list'),
  })
  .strict();

const programmes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/programmes' }),
  schema: z
    .object({
      /** The sector it belongs to; a typo fails the build with the unknown id. */
      sector: reference('sectors'),
      /** Position within the sector, as the brochure lists it. */
      order: z.number().int().min(1),
      /** The subject's short name: zh-hans as the brochure writes it; `en` official or translated. */
      name: localised,
      /** Whether `name.en` comes from the VTC's official English name or is the site's translation. */
      englishName: z.enum(['official', 'translation']),
      /** The intakes for which the programme counts for VPAS, as the facts file models them. */
      intakes: z.array(academicYear).min(1),
      /** The pages this file's facts come from, by id: `source: <id>` in a fact cites one. */
      sources: z.record(z.string().regex(/^[a-z0-9-]+$/, 'a source id is lower-case letters, digits and dashes'), citedPage).default({}),
      /** Official names, code and institution: each only with a source under `sourceOf`. */
      official: z
        .object({
          /** The VTC's full English title, e.g. "Higher Diploma in Cybersecurity". */
          nameEn: z.string().startsWith('Higher Diploma in ').optional(),
          /** The VTC's official Traditional Chinese name, where known. */
          nameZhHant: z.string().min(1).optional(),
          /** The VTC programme code, e.g. EG114705. */
          code: z.string().regex(/^[A-Z]{2}\d{6}[A-Z]?$/).optional(),
          /** Which intake the code was published for, as the source says it; absent where it says none. */
          codeYear: z.string().regex(/^20\d\d\/\d\d$/).optional(),
          /** The member institution that teaches it. */
          institution: localised.optional(),
          /** The source of each field above, by id from `sources` (the code's also covers `codeYear`). */
          sourceOf: z.partialRecord(z.enum(officialFields), sourceId).default({}),
        })
        .strict()
        .default({ sourceOf: {} }),
      /** Sourced facts beyond the brochure (issue 8); empty where nothing official was found. */
      facts: z.array(programmeFact).default([]),
      /** Its classes and their language of teaching, each with its source; empty where no source states one. */
      mediumOfInstruction: z.array(mediumOfInstruction).default([]),
    })
    .superRefine((programme, ctx) => {
      const known = Object.keys(programme.sources);
      const cited = new Set<string>();
      const cite = (id: string, path: (string | number)[]) => {
        cited.add(id);
        if (!(id in programme.sources)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `cites "${id}", which is not under this file’s \`sources\` (${known.join(', ') || 'it lists none'})`,
          });
        }
      };
      const { official } = programme;
      for (const field of officialFields) {
        const source = official.sourceOf[field];
        if (official[field] !== undefined && source === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['official', 'sourceOf', field],
            message: `official.${field} needs a source: add official.sourceOf.${field}, the id of a page under \`sources\``,
          });
        }
        if (source !== undefined) {
          if (official[field] === undefined) {
            ctx.addIssue({ code: 'custom', path: ['official', 'sourceOf', field], message: `cites a source for official.${field}, which is not set` });
          }
          cite(source, ['official', 'sourceOf', field]);
        }
      }
      if (official.codeYear !== undefined && official.code === undefined) {
        ctx.addIssue({ code: 'custom', path: ['official', 'codeYear'], message: 'a code year needs a code' });
      }
      programme.facts.forEach((fact, i) => cite(fact.source, ['facts', i, 'source']));
      const ids = programme.facts.map((fact) => fact.id).filter((id) => id !== undefined);
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['facts'], message: `two facts have the id "${id}"` });
      });
      programme.mediumOfInstruction.forEach((entry, i) => cite(entry.source, ['mediumOfInstruction', i, 'source']));
      const codes = programme.mediumOfInstruction.map((entry) => entry.code);
      codes.forEach((code, i) => {
        if (codes.indexOf(code) !== i) ctx.addIssue({ code: 'custom', path: ['mediumOfInstruction', i, 'code'], message: `lists ${code} twice` });
      });
      for (const id of known) {
        if (!cited.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['sources', id], message: `is cited by no fact and no official field: remove it or cite it` });
        }
      }
    }),
});

/**
 * Search aliases (issue 3): the words a student may type for a job title, a programme or a sector
 * that the brochure words differently, mostly Mainland wording for Hong Kong titles (程序员 for
 * 程式设计师, 空乘 for 空中服务员). One file per sector, named after the sector's id. Every alias is
 * reviewed content, not runtime guessing: it must really mean what it points at, and a unit test
 * checks that every target exists (src/lib/search/catalogue.test.ts).
 */
/**
 * The kinds of source an alias's words come from:
 * - cn-occupations-2022: 中华人民共和国职业分类大典（2022年版）, occupation names in Mainland wording;
 * - cn-job-ads: Mainland job-ad titles (招聘 wording);
 * - hk-job-ads: Hong Kong job-ad titles, in Traditional Chinese or English as Hong Kong writes them;
 * - isco-08: ILO ISCO-08 unit group titles and their listed occupations;
 * - en-job-ads: British and American job-ad titles;
 * - onet: O*NET alternate titles (CC BY 4.0, credited on the site);
 * - colloquial: trade nicknames, abbreviations and the short forms students type;
 * - programme: the programme's own subject, as the VTC names it.
 */
export const aliasOrigins = [
  'cn-occupations-2022',
  'cn-job-ads',
  'hk-job-ads',
  'isco-08',
  'en-job-ads',
  'onet',
  'colloquial',
  'programme',
] as const;

const aliasEntry = z
  .object({
    /**
     * What the student types: one or more words, each in the script it is used in (Simplified for
     * Mainland wording, lower-case English). Traditional and Taiwan forms are derived at build time
     * with OpenCC, so write each word once.
     */
    terms: z.array(z.string().trim().min(1).max(40)).min(1),
    /** The brochure job titles of this file's sector the terms stand for, in Simplified, exactly as the sector file writes them. */
    jobTitles: z.array(z.string().trim().min(1)).default([]),
    /** Programmes whose own subject the terms name (电商 for 电子商务): they rank as a name match. */
    programmes: z.array(reference('programmes')).default([]),
    /** True when the terms name the sector as a whole (IT for 创新及科技). */
    sector: z.boolean().default(false),
    /**
     * Where the words were collected from (issue 13: a vocabulary built from real classifications and
     * job-ad wording, not from memory).
     */
    from: z.array(z.enum(aliasOrigins)).min(1, 'say where the words come from: one or more of ' + aliasOrigins.join(', ')),
    /** A reviewer's note: why the terms mean that (and, where they could mislead, why not more). */
    note: z.string().trim().min(1, 'say why the terms mean what they point at'),
  })
  .strict()
  .refine((entry) => entry.jobTitles.length > 0 || entry.programmes.length > 0 || entry.sector, {
    message: 'an alias must stand for at least one job title, programme or the sector',
  });

const aliases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/aliases' }),
  schema: z
    .object({
      /** The sector the aliases belong to; the file name repeats it (checked by a test). */
      sector: reference('sectors'),
      /** The aliases, each tied to what it stands for. */
      aliases: z.array(aliasEntry).min(1),
    })
    .strict(),
});

/**
 * Best fit (issue 13): the site's own guidance, not the brochure's. The brochure gives job titles per
 * sector, so a title leads to every programme of its sector; this says, for each title, which of
 * them fit it best and why, from the programmes' names, subjects and the careers their official
 * pages name. Search ranks those first and the careers and programme pages mark them. One file per
 * sector, named after it; every title of the sector appears once (checked when the catalogue is
 * built, src/lib/search/catalogue.ts).
 */
const bestFitProgramme = z
  .object({
    /** A programme of the file's sector. */
    programme: reference('programmes'),
    /** Why it fits the title best: one line, in the site's own words, in the three locales. */
    why: localised,
  })
  .strict();

/**
 * Something a student must know before taking a route to a programme, stated by one of the
 * programme's own facts (which cites its source): the interior designer's stream is not eligible;
 * the Chinese cuisine stream is taught in Cantonese.
 */
const caveat = z
  .object({
    /** The programme it concerns, of the file's sector. */
    programme: reference('programmes'),
    /** The id of the programme's fact that states it (`facts[].id` in the programme's file). */
    fact: z.string().regex(/^[a-z0-9-]+$/),
    /** The titles (Simplified, as the sector file writes them) whose route there carries it, aliases included. */
    jobTitles: z.array(z.string().trim().min(1)).default([]),
    /** Words that carry it wherever a query or the alias it matched contains them (Simplified or lower-case English). */
    words: z.array(z.string().trim().min(1)).default([]),
  })
  .strict()
  .refine((c) => c.jobTitles.length > 0 || c.words.length > 0, { message: 'a caveat needs job titles or words that lead to it' });

const bestFit = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/best-fit' }),
  schema: z
    .object({
      /** The sector; the file name repeats it. */
      sector: reference('sectors'),
      /** Every job title of the sector, in Simplified as the sector file writes it, with its best-fit programmes. */
      jobs: z
        .array(z.object({ title: z.string().trim().min(1), best: z.array(bestFitProgramme).min(1) }).strict())
        .min(1),
      caveats: z.array(caveat).default([]),
    })
    .strict(),
});

/**
 * Hong Kong words a Mainland reader may not know (issue 17), in one file, in the glossary page's
 * order. On zh-Hans pages the first use of each is followed by its Mainland word in brackets
 * (src/lib/glossary.ts). Words only: never a claim about the scheme.
 */
const glossary = defineCollection({
  loader: file('src/content/glossary.yaml'),
  schema: z
    .object({
      /** The word's anchor on the glossary page: lower-case words joined by hyphens. */
      id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
      /** The Hong Kong word in the two Chinese scripts, as the site's pages write it. */
      hongKong: z.object({ 'zh-hans': z.string().trim().min(1), 'zh-hant': z.string().trim().min(1) }).strict(),
      /** The English for it. */
      english: z.string().trim().min(1),
      /**
       * The word a Mainland reader knows, in Simplified Chinese, for the brackets after its first use;
       * null where the site may give none (高级文凭: Mainland recognition is not known).
       */
      mainland: z.string().trim().min(1).nullable(),
      /** What it means, in a sentence or two, in each locale. */
      meaning: localised,
      /** Where the site's reading of the word comes from, for whoever checks it (not shown). */
      basis: z.string().trim().min(1),
    })
    .strict(),
});

/**
 * The questions page (issue 12): one MDX file per question per locale,
 * `src/content/questions/{locale}/{id}.mdx`; the file name is the question's id and its anchor on
 * the page, and every locale has the same ids (src/lib/faq.ts checks it at build). The answer is the
 * file's body: short, specific, no statement beyond its sources, in the small subset of MDX that
 * src/lib/answer-text.ts reads (plain paragraphs and lists, **bold**, links). It may use the block
 * components FaqQuestion.astro passes in where it needs a table or a ladder, and `site:` links
 * (`[the checker](site:eligibility)`) for the site's own pages. Its sources are listed under it from
 * `sources`. Dates in the frontmatter are quoted, so YAML keeps them as text.
 */
const questions = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/questions' }),
  schema: z
    .object({
      /** The question as a student or parent would ask it, in the file's locale. */
      question: z.string().trim().min(4).max(80),
      /** The page's group it belongs to; the same in every locale. */
      topic: z.enum(faqTopics),
      /** Its position within the topic; the same in every locale. */
      order: z.number().int().min(1),
      /** The official sources the answer relies on, by id (src/lib/sources.ts); the same in every locale. */
      sources: z.array(z.enum(sourceIds)).min(1, 'an answer cites at least one source'),
      /**
       * The day (YYYY-MM-DD) or month (YYYY-MM) the answer's information is as of: when it was last
       * checked against its sources, never earlier than the newest of them (checked at build).
       */
      asOf: z.union([z.iso.date(), z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/)], {
        error: 'the date the answer is as of, YYYY-MM-DD or YYYY-MM',
      }),
    })
    .strict(),
});

/**
 * Common jobs no VPAS programme leads to (issue 13: honest empty answers), grouped by field in the
 * order of ISCO-08's major groups. When a query names one, search says plainly that no programme
 * leads there (offering the careers list and the checker) instead of listing programmes that merely
 * share a character with it. A term may not also be an alias or a job title (checked at build).
 */
const noProgrammeJob = z
  .object({
    /** The job as the answer names it, in the three locales. */
    name: localised,
    /** Other words students type for it: Simplified (Traditional is derived) or lower-case English. */
    terms: z.array(z.string().trim().min(1).max(40)).default([]),
    /** The sector closest to it, where there is one (a physiotherapist: Healthcare, for its assistant titles). */
    nearest: reference('sectors').optional(),
    /** A reviewer's note: why no programme leads there. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

const noProgramme = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/no-programme' }),
  schema: z
    .object({
      /** The field, for reviewers (ISCO-08 major and sub-major groups). */
      field: z.string().trim().min(1),
      jobs: z.array(noProgrammeJob).min(1),
    })
    .strict(),
});

// Each collection is named after its folder in src/content/.
export const collections = { sectors, programmes, aliases, glossary, questions, 'best-fit': bestFit, 'no-programme': noProgramme };
