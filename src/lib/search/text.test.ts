import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { chineseWords, commonRuns, comparable, hasHan, queryWords, simplifier } from './text';

describe('chineseWords', () => {
  examples('splits %s into dictionary words', chineseWords, [
    ['软件工程师', ['软件', '工程', '师']],
    ['飞机维修工程', ['飞机', '维修', '工程']],
    ['物业管理专员', ['物业', '管理', '专员']],
  ]);
});

describe('queryWords', () => {
  examples('%s → %j', queryWords, [
    ['软件工程师', ['软件', '工程', '师']],
    ['Software Engineers', ['software', 'engineer']],
    ['我想当程序员', ['程序', '员']],
    ['e-commerce jobs', ['ecommerce']],
    ['  维修  ', ['维修']],
    ['logistics', ['logistic']],
    ['class', ['class']],
  ]);
  it('keeps filler words when nothing else is left', () => {
    expect(queryWords('工作')).toEqual(['工作']);
  });
  it('drops punctuation and caps the number of words', () => {
    expect(queryWords('a/b/c/d/e/f/g/h/i/j/k/l/m/n/o')).toHaveLength(12);
    expect(queryWords('？！')).toEqual([]);
  });
});

describe('comparable', () => {
  it('separates Han characters from Latin words', () => {
    expect(comparable('AI工程师 (Java)')).toEqual({ han: '工程师', words: ['ai', 'java'] });
    expect(comparable('Front-end Developers')).toEqual({ han: '', words: ['frontend', 'developer'] });
  });
  it('recognises Han characters in either script', () => {
    expect(hasHan('軟件')).toBe(true);
    expect(hasHan('software')).toBe(false);
  });
});

describe('commonRuns', () => {
  examples('%s and %s share %j', commonRuns, [
    ['软件工程师', '软件工程', ['软件工程']],
    ['软件工程师', '人工智能及手机软件开发', ['软件']],
    ['机电技术员', '化验技术员', ['技术员']],
    ['xaby', 'abzab', ['ab', 'ab']], // each place it occurs, the last at the end of the second string
    ['维修', '汽车工程', []], // nothing shared
    ['师', '化验技师', []], // one character is not a run
    ['', '软件', []],
  ]);
});

describe('simplifier', () => {
  it('reads the table character by character and leaves other text alone', () => {
    const simplify = simplifier({ from: '軟體師', to: '软体师' });
    expect(simplify('軟體工程師 Software')).toBe('软体工程师 Software');
  });
  it('is the identity without a table', () => {
    expect(simplifier(undefined)('軟件')).toBe('軟件');
  });
});
