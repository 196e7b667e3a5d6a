import { describe, expect, it } from 'vitest';
import { questionRecord } from './questions';

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
