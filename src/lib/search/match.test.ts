import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { comparableQuery, strength } from './match';
import { matchText } from './testing';

const { exact, contains, overlaps, none } = strength;

describe('matchText: how a query matches a name written several ways', () => {
  examples('%s in %j → %i', (query: string, forms: readonly string[]) => matchText(query, forms).strength, [
    // Chinese
    ['软件工程师', ['软件工程师', 'Software Engineer'], exact],
    ['维修', ['维修顾问', 'Service Advisor'], contains], // part of a title
    ['软件工程师', ['软件工程', 'Software Engineering'], contains], // the name within the query
    ['我想当程序员', ['程序员'], exact], // filler words dropped
    ['手机软件工程师', ['人工智能及手机软件开发'], overlaps], // shares 手机软件
    ['软件工程师', ['人工智能及手机软件开发'], none], // 软件 alone is too little of either
    ['酒店接待员', ['酒店管理'], overlaps], // 酒店 is half of the shorter
    ['机电技术员', ['技术员'], overlaps], // the title in the query, but 机电 is left over
    ['维修', ['汽车工程', 'Automotive Engineering'], none],
    ['师', ['化验技师'], contains], // a single character still counts as part of a title
    ['工', ['软件工程'], contains],
    // English
    ['software engineer', ['软件工程师', 'Software Engineer'], exact],
    ['engineer', ['Software Engineering'], contains], // a word's start
    ['Engineers', ['Software Engineer'], contains], // plural
    ['i want to be a chef', ['Sous Chef'], contains],
    ['cloud engineer', ['Software Engineer'], overlaps], // one word of two
    ['lift technician', ['Technician'], overlaps], // the title in the query, but "lift" is left over
    ['ai', ['Aircraft Maintenance Engineering'], none], // short words must be whole words
    ['ai', ['AI'], exact],
    ['air hostess', ['Airport Operations Management'], none], // "air" alone is too short to be part of "Airport"
    ['social media', ['Digital Media Technology'], overlaps],
    ['it', ['IT', '计算机'], exact],
  ]);

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

describe('closeness, conversion and generic words', () => {
  it('measures how much of the longer text the match covers', () => {
    expect(matchText('维修', ['维修顾问']).closeness).toBe(0.5);
    expect(matchText('维修', ['飞机维修机械师']).closeness).toBeCloseTo(2 / 7);
    expect(matchText('software engineer', ['Software Engineer']).closeness).toBe(1);
  });

  it('marks a match found only through a derived spelling', () => {
    expect(matchText('软体工程师', ['软件工程师'], ['软体工程师'])).toMatchObject({ strength: exact, converted: true });
    expect(matchText('软件工程师', ['软件工程师'], ['软体工程师'])).toMatchObject({ strength: exact, converted: false });
  });

  it('makes no partial match of generic words alone', () => {
    const generic = new Set(['工程师', '技术员', 'officer', 'technician']);
    expect(matchText('土木工程师', ['软件工程师'], [], generic).strength).toBe(none);
    expect(matchText('机电技术员', ['化验技术员'], [], generic).strength).toBe(none);
    // A run that crosses into a generic word says only what is left outside it.
    expect(matchText('飞机工程师', ['电机工程'], [], new Set(['工程'])).strength).toBe(none);
    expect(matchText('云端工程专家', ['云端工程师'], [], new Set(['工程'])).strength).toBe(overlaps);
    expect(matchText('police officer', ['Cargo Officer'], [], generic).strength).toBe(none);
    expect(matchText('police officer', ['Cargo Officer']).strength).toBe(overlaps);
    // Containing is not a partial match: a generic word is still part of a title.
    expect(matchText('工程师', ['软件工程师'], [], generic).strength).toBe(contains);
  });
});

describe('comparableQuery', () => {
  it('drops filler words but keeps the query when nothing else is left', () => {
    expect(comparableQuery('我想做厨师的工作')).toEqual({ han: '厨师', words: [] });
    expect(comparableQuery('工作')).toEqual({ han: '工作', words: [] });
    expect(comparableQuery('jobs for a chef')).toEqual({ han: '', words: ['chef'] });
  });
});
