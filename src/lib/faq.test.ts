import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import { locales } from '../i18n';
import { contactValues } from './contacts';
import { askLine, componentWords, faqTopics, groupByTopic, questionKey, questionSetProblems, type QuestionLike } from './faq';
import type { SourceId } from './sources';

const entry = (id: string, data: Partial<QuestionLike['data']> = {}): QuestionLike => ({
  id,
  filePath: `src/content/questions/${id}.mdx`,
  data: { question: 'Q?', topic: 'money', order: 1, sources: ['miaoFees'] as SourceId[], asOf: '2026-11', ...data },
});
const inEveryLocale = (id: string, data: Partial<QuestionLike['data']> = {}) =>
  ['zh-hans', 'zh-hant', 'en'].map((locale) => entry(`${locale}/${id}`, data));

describe('questionKey', () => {
  examples('%s → %j', questionKey, [
    ['zh-hans/tuition', { locale: 'zh-hans', id: 'tuition' }],
    ['en/job-ends', { locale: 'en', id: 'job-ends' }],
    ['fr/tuition', null],
    ['tuition', null],
    ['en/a/b', null],
  ]);
});

describe('questionSetProblems', () => {
  it('accepts the same questions in every locale', () => {
    expect(questionSetProblems([...inEveryLocale('tuition'), ...inEveryLocale('job-ends', { topic: 'staying' })])).toEqual([]);
  });

  it('names the file of a question missing in a locale', () => {
    const set = inEveryLocale('tuition').filter((e) => !e.id.startsWith('zh-hant/'));
    expect(questionSetProblems(set)).toEqual(['src/content/questions/zh-hant/tuition.mdx is missing: every locale has the same questions']);
  });

  it.each([
    ['topic', { topic: 'staying' }, /topic "staying" differs from zh-hans's "money"/],
    ['order', { order: 2 }, /order 2 differs from zh-hans's 1/],
    ['sources', { sources: ['immdFees'] as SourceId[] }, /sources \[immdFees\] differ from zh-hans's \[miaoFees\]/],
  ] as const)('names a %s that differs between locales', (_what, change, message) => {
    const [hans, hant, en] = inEveryLocale('tuition');
    const problems = questionSetProblems([hans!, hant!, { ...en!, data: { ...en!.data, ...change } }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/content\/questions\/en\/tuition\.mdx: /);
    expect(problems[0]).toMatch(message);
  });

  it('refuses an "as of" earlier than the newest source, but not for an undated source', () => {
    expect(questionSetProblems(inEveryLocale('job-ends', { sources: ['immd'], asOf: '2025-09' }))).toHaveLength(3);
    expect(questionSetProblems(inEveryLocale('job-ends', { sources: ['immd'], asOf: '2025-09-30' }))).toEqual([]);
    expect(questionSetProblems(inEveryLocale('iang', { sources: ['immdIang'], asOf: '2025-01-01' }))).toEqual([]);
  });

  it('refuses a folder that is not a locale, and two questions in one place', () => {
    const problems = questionSetProblems([entry('fr/tuition'), ...inEveryLocale('a'), ...inEveryLocale('b')]);
    expect(problems[0]).toMatch(/fr\/tuition\.mdx: a question lives in src\/content\/questions\/\{locale\}\//);
    expect(problems.filter((p) => /position 1 is also/.test(p))).toHaveLength(3);
  });
});

describe('groupByTopic', () => {
  it('orders topics as the page does and questions by position, leaving out empty topics', () => {
    const q = (id: string, topic: (typeof faqTopics)[number], order: number) => ({ id, data: { topic, order } });
    const groups = groupByTopic([q('b', 'staying', 2), q('a', 'staying', 1), q('c', 'choosing', 1)]);
    expect(groups.map((g) => [g.topic, g.questions.map((x) => x.id)])).toEqual([
      ['choosing', ['c']],
      ['staying', ['a', 'b']],
    ]);
  });
});

describe('askLine and componentWords', () => {
  it.each(locales)('%s: the VTC line carries the admissions office’s number and address, the ImmD line ImmD’s', (locale) => {
    expect(askLine(locale, 'vtc')).toContain(contactValues.vtcPhone);
    expect(askLine(locale, 'vtc')).toContain(contactValues.vtcEmail);
    expect(askLine(locale, 'immd')).toContain(contactValues.immdPhone);
    expect(askLine(locale, 'immd')).toContain(contactValues.immdEmail);
  });

  examples('%s gives %s', (line: string) => componentWords('en')(line), [
    ['<AskContact locale={props.locale} who="vtc" />', askLine('en', 'vtc')],
    ['<AskContact locale={props.locale} who="immd" />', askLine('en', 'immd')],
    ['<AskContact locale={props.locale} who="wechat" />', undefined],
    ['<CostSum locale={props.locale} />', undefined],
  ]);
});
