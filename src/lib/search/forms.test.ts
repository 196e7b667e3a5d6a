import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { hongKongText, localisedSpellings, searchForms, simplificationTable, simplifiedText, spellings } from './forms';
import { simplifier } from './text';

describe('searchForms: every spelling, in Simplified characters', () => {
  it('keeps a Simplified term and adds Taiwan vocabulary', () => {
    expect(searchForms('软件工程师')).toEqual(['软件工程师', '软体工程师']);
    expect(searchForms('数据分析师')).toEqual(['数据分析师', '资料分析师']);
  });
  it('reads a Traditional term as Simplified', () => {
    expect(searchForms('軟件工程師')).toContain('软件工程师');
  });
  it('leaves English alone', () => {
    expect(searchForms('Software Engineer')).toEqual(['Software Engineer']);
  });
});

describe('spellings: as the content writes a term, and as OpenCC derives it', () => {
  it('gives a content text in three locales its written forms, and the derived ones apart', () => {
    expect(localisedSpellings({ 'zh-hans': '网络安全分析师', 'zh-hant': '網絡安全分析師', en: 'Cybersecurity Analyst' })).toEqual({
      forms: ['网络安全分析师', 'Cybersecurity Analyst'],
      variants: ['网路安全分析师'], // Taiwan vocabulary
    });
  });
  it('keeps a derived spelling that another term writes among the written forms only', () => {
    expect(spellings(['软件', '软体'])).toEqual({ forms: ['软件', '软体'], variants: [] });
    expect(spellings(['軟件'])).toEqual({ forms: ['软件'], variants: ['软体'] });
  });
});

describe('simplifiedText', () => {
  examples('%s → %s', simplifiedText, [
    ['軟體工程師', '软体工程师'],
    ['社羣商務主任', '社群商务主任'], // Hong Kong variant
    ['裡', '里'], // Taiwan variant
    ['Software 軟件', 'Software 软件'],
  ]);
});

describe('simplificationTable', () => {
  const table = simplificationTable(['软件工程师', '物业管理']);
  it('covers every Traditional or variant character of the given Simplified text', () => {
    const simplify = simplifier(table);
    for (const traditional of ['軟件工程師', '物業管理', '物業管理專員'.slice(0, 4)]) {
      expect(simplify(traditional)).toBe(simplifiedText(traditional));
    }
  });
  it('leaves out characters the text never uses', () => {
    expect(table.from).not.toContain('廚');
    expect(table.from).not.toContain('體'); // 体 is not in the text
    expect([...table.from]).toHaveLength([...table.to].length);
  });
});

describe('hongKongText', () => {
  examples('%s → %s', hongKongText, [
    ['程序员', '程序員'],
    ['客户服务', '客戶服務'], // OpenCC's Hong Kong table writes 户
    ['社群营销', '社群營銷'], // and 羣
    ['开启', '開啟'],
    ['说法', '說法'],
    ['税务', '稅務'],
    ['AI工程师', 'AI工程師'],
    ['建筑信息模型技术员', '建築信息模擬技術員'], // the Hong Kong term for BIM
    ['chef', 'chef'],
  ]);
});
