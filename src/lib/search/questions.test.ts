import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import { questionRecord, searchCatalogue } from './entry';
import { simplificationTable } from './forms';
import { questionHolds } from './questions';
import { simplifier } from './text';

describe('questionRecord and the catalogue', () => {
  it('keeps a question’s text as written, and its words in Simplified for the table', () => {
    expect(questionRecord({ id: 'tuition', question: '學費是多少？' })).toEqual({ id: 'tuition', title: '學費是多少？', words: '学费是多少？' });
    expect(questionRecord({ id: 'vpas-vs-iang', question: 'How is VPAS different from IANG?' }).words).toBe('How is VPAS different from IANG?');
  });

  it('gives the island id and text only, and the characters a Traditional query needs', () => {
    const empty = { programmes: [], sectors: [], noProgramme: [] } as unknown as Parameters<typeof searchCatalogue>[0];
    const paths = { programme: (id: string) => id, sector: (id: string) => id };
    const catalogue = searchCatalogue(empty, 'zh-hant', paths, [questionRecord({ id: 'tuition', question: '學費是多少？' })]);
    expect(catalogue.questions).toEqual([{ id: 'tuition', title: '學費是多少？' }]);
    expect(simplifier(catalogue.simplify)('學費')).toBe('学费');
  });
});

describe('questionHolds', () => {
  // The island's table, as the catalogue gives it: the site's Traditional characters to Simplified.
  const simplify = simplifier(simplificationTable(['学费是多少？', '有年龄上限吗？']));

  examples('"%s" in "%s": %s', (query: string, title: string) => questionHolds(query, title, simplify), [
    ['学费', '学费是多少？', true],
    ['學費', '學費是多少？', true],
    ['学费多少', '学费是多少？', true],
    ['学费是多少', '学费是多少？', true],
    ['IANG', 'How is VPAS different from IANG?', true],
    ['iang vpas', 'How is VPAS different from IANG?', true],
    ['tuition', 'How much is the tuition?', true],
    ['astronaut', 'What counts as a “relevant” job, and who decides?', false],
    ['程序员', '什么算“相关工作”？由谁决定？', false],
    ['学费 签证', '学费是多少？', false],
    ['', '学费是多少？', false],
  ]);

  it('without a table, compares the characters as written', () => {
    expect(questionHolds('学费', '学费是多少？')).toBe(true);
    expect(questionHolds('學費', '学费是多少？')).toBe(false);
  });
});
