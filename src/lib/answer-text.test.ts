import { describe, expect, it } from 'vitest';
import { answerSyntaxProblems, answerText } from './answer-text';

describe('answerText', () => {
  it('keeps the words of paragraphs and list items, one per line, without Markdown marks', () => {
    const body = [
      '入境事务处只要求你在**提交 VPAS 申请当日年满 18 岁**。',
      '',
      '- 报名费 HK$500；',
      '1. Read [the VTC’s list](https://www.vtc.edu.hk/hqip/vpas-std.php) or `ask`.',
      '',
      'See [changing employer](site:faq#change-employer).',
    ].join('\n');
    expect(answerText(body)).toBe(
      ['入境事务处只要求你在提交 VPAS 申请当日年满 18 岁。', '报名费 HK$500；', 'Read the VTC’s list or ask.', 'See changing employer.'].join('\n'),
    );
  });

  it('leaves out block components, imports and exports: their content is data, not the answer’s words', () => {
    const body = "import X from './x';\n\nThe sum:\n\n<CostSum locale={props.locale} />\n\n<StayLadders locale={props.locale} level={4} />";
    expect(answerText(body)).toBe('The sum:');
  });

  it('gives a component line the words componentWords has for it, and none otherwise', () => {
    const body = 'Ask ImmD.\n\n<AskContact who="immd" />\n\n<CostSum locale={props.locale} />';
    const words = (line: string) => (line.startsWith('<AskContact') ? 'ImmD: 2824 6111' : undefined);
    expect(answerText(body, words)).toBe('Ask ImmD.\nImmD: 2824 6111');
  });
});

describe('answerSyntaxProblems', () => {
  it('accepts the subset answers are written in', () => {
    expect(answerSyntaxProblems('A **bold** [link](site:costs#fees) and [another](https://www.immd.gov.hk/).\n\n- item\n\n<KeyDates locale={props.locale} cite={false} />')).toEqual([]);
  });

  it.each([
    ['## A heading', /no headings/],
    ['| a | b |', /no Markdown tables/],
    ['Text with <abbr>HTML</abbr>.', /no HTML/],
    ['A {props.locale} expression.', /no expressions/],
    ['Some *italic* words.', /only \*\*bold\*\*/],
    ['A [relative link](/zh-hans/faq/).', /site:… or https/],
    ['An [http link](http://www.vtc.edu.hk/).', /site:… or https/],
  ])('refuses %s, naming the line', (line, message) => {
    const problems = answerSyntaxProblems(`Fine.\n\n${line}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 3: /);
    expect(problems[0]).toMatch(message);
  });
});
