import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n';
import { answerSyntaxProblems } from '../../src/lib/answer-text';
import { figures, twoYearSum } from '../../src/lib/costs';
import { faqTopics, questionLinks } from '../../src/lib/faq';
import { siteLinkPath } from '../../src/lib/paths';
import { sourceIds } from '../../src/lib/sources';
import { readQuestions, type QuestionFile } from '../support/content';

/**
 * The questions (issue 12), read from their MDX files: the same questions in every locale, each
 * answer citing its sources, the questions the issue asks for all there, and no figure, glyph or
 * link that the facts do not support.
 */
const files: QuestionFile[] = locales.flatMap(readQuestions);
const ofLocale = (locale: Locale) => files.filter((f) => f.locale === locale);
const ids = (locale: Locale) => ofLocale(locale).map((f) => f.id).sort();

describe('the questions in each locale', () => {
  it.each(locales)('%s has at least 24 questions, with the same ids as zh-hans', (locale) => {
    expect(ids(locale).length).toBeGreaterThanOrEqual(24);
    expect(ids(locale)).toEqual(ids('zh-hans'));
  });

  it('covers the six topics, each question with the same topic, position and sources in every locale', () => {
    expect(new Set(ofLocale('zh-hans').map((f) => f.data.topic))).toEqual(new Set(faqTopics));
    for (const file of files) {
      const reference = ofLocale('zh-hans').find((f) => f.id === file.id)!;
      expect([file.data.topic, file.data.order, file.data.sources], `${file.locale}/${file.id}`).toEqual([
        reference.data.topic,
        reference.data.order,
        reference.data.sources,
      ]);
    }
  });

  it('has every answer cite at least one official source by its id', () => {
    for (const file of files) {
      expect(file.data.sources.length, `${file.locale}/${file.id}`).toBeGreaterThan(0);
      for (const id of file.data.sources) expect(sourceIds, `${file.locale}/${file.id}`).toContain(id);
    }
  });

  it('includes every question issue 12 lists', () => {
    // The list, item by item, and the question that answers it.
    const asked: Record<string, string> = {
      'which programmes qualify for which intake': 'which-programmes',
      'career to programme (link the search)': 'career-to-programme',
      'Category A or B and when': 'category-a-or-b',
      'how the graduation date is counted': 'graduation-date',
      'what "relevant job" means and who decides': 'relevant-job',
      'changing employer': 'change-employer',
      'the age rule, no upper limit, no English test': 'age-and-english',
      'permanent residence after seven years': 'permanent-residence',
      'dependants while studying': 'family-while-studying',
      'dependants after': 'family-after',
      'working while studying': 'work-while-studying',
      'fees and costs': 'total-cost',
      'key dates': 'key-dates',
      'language of instruction': 'language-of-instruction',
      'VPAS vs IANG': 'vpas-vs-iang',
      'what happens if the job ends': 'job-ends',
      'Mainland recognition of the Higher Diploma': 'mainland-recognition',
      'whether the scheme continues after 2026/27': 'after-2026-27',
    };
    expect(ids('zh-hans')).toEqual(expect.arrayContaining(Object.values(asked)));
    // "career to programme (link the search)"
    for (const locale of locales) expect(files.find((f) => f.locale === locale && f.id === 'career-to-programme')?.body).toContain('](site:search)');
  });

  it('has every question other pages link to', () => {
    for (const id of Object.values(questionLinks).flat()) expect(ids('zh-hans')).toContain(id);
  });
});

describe('the answers', () => {
  it('keep to the MDX subset the site reads (src/lib/answer-text.ts)', () => {
    const problems = files.flatMap((f) => answerSyntaxProblems(f.body).map((p) => `${f.locale}/${f.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('state no amount of money but the cited figures and the sums made from them', () => {
    const allowed = new Set([...Object.values(figures).map((f) => f.amount), twoYearSum('other').total, twoYearSum('business').total]);
    for (const file of files) {
      for (const [, amount] of file.body.matchAll(/HK\$([\d,]+)/g)) {
        expect(allowed, `${file.locale}/${file.id}: HK$${amount}`).toContain(Number(amount!.replace(/,/g, '')));
      }
    }
  });

  it('link only to pages the site has, and to questions and sections that exist', () => {
    const sections: Record<string, string[]> = { faq: ids('zh-hans'), costs: ['fees', 'living', 'vpas-fees', 'sum', 'dates'] };
    for (const file of files) {
      for (const [, target = ''] of file.body.matchAll(/\]\((site:[^)]*)\)/g)) {
        expect(() => siteLinkPath(file.locale, target), `${file.locale}/${file.id}`).not.toThrow();
        const [page = '', hash] = target.slice('site:'.length).split('#');
        if (hash) expect(sections[page], `${file.locale}/${file.id}: ${target}`).toContain(hash);
      }
    }
  });

  // One home per contact (src/lib/contacts.ts): an answer names whom to ask with <AskContact>.
  it('write no telephone number or e-mail address of their own', () => {
    for (const file of files) {
      expect(file.body, `${file.locale}/${file.id}`).not.toMatch(/\(\d{2,3}\)\s?\d|[\w.]+@[\w.]+/);
    }
  });

  it.each(['mainland-recognition', 'entry-requirements', 'permanent-residence', 'own-business'])('%s says whom to ask, in every locale', (id) => {
    for (const locale of locales) expect(files.find((f) => f.locale === locale && f.id === id)?.body, locale).toMatch(/<AskContact locale=\{props\.locale\} who="(vtc|immd)" \/>/);
  });

  // ../shared/facts/vpas.md, "Questions the site must not answer beyond the sources": the answer says
  // it does not know (and where to ask) instead of answering.
  const notKnown: Record<Locale, RegExp> = {
    'zh-hans': /不知道|不能回答/,
    'zh-hant': /不知道|不能回答/,
    en: /does not know|cannot answer|Not known/,
  };
  it.each(['mainland-recognition', 'after-2026-27', 'chances', 'entry-requirements', 'permanent-residence', 'own-business', 'vpas-vs-iang'])(
    '%s says, in every locale, what the sources do not say',
    (id) => {
      for (const locale of locales) expect(files.find((f) => f.locale === locale && f.id === id)?.body, locale).toMatch(notKnown[locale]);
    },
  );

  it('write zh-Hant as Hong Kong does: no Simplified characters, no OpenCC variant glyphs, 180 日', () => {
    const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
    // OpenCC's Hong Kong table writes these variants; Hong Kong government sites write the first form.
    const everyday: [string, string][] = [['戶', '户'], ['群', '羣'], ['啟', '啓'], ['說', '説'], ['閱', '閲'], ['為', '爲']];
    // Characters right in Traditional as written that OpenCC, reading them as Simplified, would
    // change: 獲准 (permitted) is not 獲準, 只 (only) is not 隻, 了解 is how Hong Kong writes 瞭解.
    const rightAsWritten = new Set(['准', '只', '了']);
    for (const file of ofLocale('zh-hant')) {
      const text = `${file.data.question}\n${file.body}`;
      const name = `zh-hant/${file.id}`;
      for (const [, variant] of everyday) expect(text, name).not.toContain(variant);
      const converted = [...toHongKong(text)];
      const simplified = [...text].filter((char, i) => {
        const hk = everyday.find(([, variant]) => variant === converted[i])?.[0] ?? converted[i];
        return hk !== char && !rightAsWritten.has(char);
      });
      expect(simplified, name).toEqual([]);
      expect(text, name).not.toMatch(/180 ?天/);
    }
  });
});
