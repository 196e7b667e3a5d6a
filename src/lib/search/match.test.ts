import { describe, expect, it } from 'vitest';
import { comparableQuery, strength } from './match';
import { matchText } from './testing';

const { exact, contains, overlaps, none } = strength;

describe('matchText: how a query matches a name written several ways', () => {
  it.each([
    // Chinese
    ['软件工程师', ['软件工程师', 'Software Engineer'], exact],
    ['维修', ['维修顾问', 'Service Advisor'], contains], // part of a title
    ['软件工程师', ['软件工程', 'Software Engineering'], contains], // the name within the query
    ['我想当程序员', ['程序员'], exact], // filler words dropped
    ['软件工程师', ['人工智能及手机软件开发'], overlaps], // shares 软件
    ['维修', ['汽车工程', 'Automotive Engineering'], none],
    ['师', ['化验技师'], contains], // a single character still counts as part of a title
    ['工', ['软件工程'], contains],
    // English
    ['software engineer', ['软件工程师', 'Software Engineer'], exact],
    ['engineer', ['Software Engineering'], contains], // a word's start
    ['Engineers', ['Software Engineer'], contains], // plural
    ['i want to be a chef', ['Sous Chef'], contains],
    ['cloud engineer', ['Software Engineer'], overlaps], // one word of two
    ['ai', ['Aircraft Maintenance Engineering'], none], // short words must be whole words
    ['ai', ['AI'], exact],
    ['air hostess', ['Airport Operations Management'], none], // "air" alone is too short to be part of "Airport"
    ['social media', ['Digital Media Technology'], overlaps],
    ['it', ['IT', '计算机'], exact],
  ])('%s in %j → %i', (query, forms, expected) => {
    expect(matchText(query, forms).strength).toBe(expected);
  });

  it('a name with words in both scripts is only ever partly matched by a one-script query', () => {
    // The alias "AI工程师": 软件工程师 contains its Chinese half, but is not an AI engineer.
    expect(matchText('软件工程师', ['AI工程师']).strength).toBe(overlaps);
    expect(matchText('工程师', ['AI工程师']).strength).toBe(contains);
    expect(matchText('AI', ['AI工程师']).strength).toBe(contains);
  });

  it('a mixed query matches strongly only when both halves match', () => {
    expect(matchText('AI工程师', ['AI工程师']).strength).toBe(exact);
    expect(matchText('AI 工程师', ['人工智能工程师', 'AI']).strength).toBe(contains);
    // One half alone is partial, and the Latin half weighs more than the characters.
    const aiProgramme = matchText('AI工程师', ['人工智能及手机软件开发', 'AI']);
    const softwareProgramme = matchText('AI工程师', ['软件工程', 'Software Engineering']);
    expect(aiProgramme.strength).toBe(overlaps);
    expect(softwareProgramme.strength).toBe(overlaps);
    expect(aiProgramme.overlap).toBeGreaterThan(softwareProgramme.overlap);
  });

  it('longer shared runs make a better partial match', () => {
    expect(matchText('飞机维修工程师', ['飞机维修工程']).overlap).toBeGreaterThan(matchText('飞机维修工程师', ['汽车工程']).overlap);
  });
});

describe('comparableQuery', () => {
  it('drops filler words but keeps the query when nothing else is left', () => {
    expect(comparableQuery('我想做厨师的工作')).toEqual({ han: '厨师', words: [] });
    expect(comparableQuery('工作')).toEqual({ han: '工作', words: [] });
    expect(comparableQuery('jobs for a chef')).toEqual({ han: '', words: ['chef'] });
  });
});
