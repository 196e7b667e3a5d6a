import { describe, expect, it } from 'vitest';
import { documentTitle, maxTitleLength } from './title';

const site = 'VPAS Programme Guide';

describe('documentTitle', () => {
  it.each([
    ['the site name alone stays alone', site, site],
    ['a short title gets the site name', 'Cybersecurity', 'Cybersecurity | VPAS Programme Guide'],
    ['a Chinese title gets the site name', '网络安全', '网络安全 | VPAS 课程指南'],
    [
      'a long title keeps only the brand',
      'Architecture, Interior and Landscape Design (Scheme)',
      'Architecture, Interior and Landscape Design (Scheme) | VPAS',
    ],
    ['a title too long for any suffix stands alone', 'x'.repeat(68), 'x'.repeat(68)],
  ])('%s', (_, title, expected) => {
    const name = /[\u4e00-\u9fff]/.test(title) ? 'VPAS 课程指南' : site;
    expect(documentTitle(title, name)).toBe(expected);
  });

  it('never adds a suffix that takes the title past the limit', () => {
    for (let n = 1; n <= 90; n++) {
      const out = documentTitle('a'.repeat(n), site);
      expect(out.length <= maxTitleLength || out === 'a'.repeat(n)).toBe(true);
    }
  });
});
