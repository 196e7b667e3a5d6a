import { describe, expect, it } from 'vitest';
import { questionRecord } from './entry';
import { simplificationTable } from './forms';
import { questionHolds } from './questions';
import { simplifier } from './text';

describe('questionRecord', () => {
  it('indexes a question in Simplified characters, split into words, at its anchor', () => {
    const record = questionRecord({ id: 'tuition', question: '學費是多少？' }, '/zh-hant/faq/#tuition');
    expect(record).toEqual({ id: 'tuition', title: '學費是多少？', url: '/zh-hant/faq/#tuition', words: expect.any(String) });
    expect(record.words).toContain('学费');
    expect(record.words).not.toMatch(/學|費/);
  });

  it('keeps English as it is', () => {
    expect(questionRecord({ id: 'vpas-vs-iang', question: 'How is VPAS different from IANG?' }, '/en/faq/#vpas-vs-iang').words).toBe(
      'How is VPAS different from IANG?',
    );
  });
});

describe('questionHolds', () => {
  // The island's table, as the catalogue gives it: the site's Traditional characters to Simplified.
  const simplify = simplifier(simplificationTable(['学费是多少？', '有年龄上限吗？']));

  it.each([
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
  ] as const)('"%s" in "%s": %s', (query, title, holds) => {
    expect(questionHolds(query, title, simplify)).toBe(holds);
  });
});
