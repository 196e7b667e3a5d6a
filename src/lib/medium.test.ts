import { describe, expect, it } from 'vitest';
import { mediumRows, needsListLink, statedMedia, type MediumData } from './medium';

const list = { url: 'https://www.vtc.edu.hk/hqip/vpas-std.php' };
const data = (mediumOfInstruction: MediumData['mediumOfInstruction']): MediumData => ({
  sources: { list, hkiit: { url: 'https://www.hkiit.edu.hk/en/programmes/x/' }, page: { url: 'https://www.vtc.edu.hk/x/' } },
  mediumOfInstruction,
});

describe('mediumRows', () => {
  it('gives each class its language as the source states it, and the page it was read on', () => {
    const rows = mediumRows(
      data([
        { code: 'AS114109', medium: 'not-stated', source: 'list', seen: 'vpas-list' },
        { code: 'AS114109J', medium: 'cantonese', source: 'list', seen: 'vpas-list' },
      ]),
    );
    expect(rows).toEqual([
      { code: 'AS114109', medium: 'not-stated', key: 'medium.notStated', url: list.url },
      { code: 'AS114109J', medium: 'cantonese', key: 'medium.cantonese', url: list.url },
    ]);
  });

  it('says where a class not on the VPAS list was seen', () => {
    const rows = mediumRows(
      data([
        { code: 'IT114206', medium: 'not-stated', source: 'page', seen: 'programme-page' },
        { code: 'IT114206K', medium: 'putonghua', source: 'hkiit', seen: 'page-address' },
      ]),
    );
    expect(rows.map((r) => [r.code, r.key, r.seenKey])).toEqual([
      ['IT114206', 'medium.notStated', 'medium.seen.programmePage'],
      ['IT114206K', 'medium.putonghua', 'medium.seen.pageAddress'],
    ]);
  });

  it('throws on a source the programme does not list', () => {
    expect(() => mediumRows(data([{ code: 'BA114055K', medium: 'putonghua', source: 'nowhere', seen: 'vpas-list' }]))).toThrow(/nowhere/);
  });
});

describe('needsListLink and statedMedia', () => {
  it.each([
    ['no class at all', [], true, []],
    ['a class on the list with its language', [{ code: 'BA114055K', medium: 'putonghua', source: 'list', seen: 'vpas-list' }], false, ['BA114055K']],
    [
      'a class without a language beside one with',
      [
        { code: 'AS114206', medium: 'not-stated', source: 'list', seen: 'vpas-list' },
        { code: 'AS114206J', medium: 'cantonese', source: 'list', seen: 'vpas-list' },
      ],
      true,
      ['AS114206J'],
    ],
    ['a language read from a page address only', [{ code: 'IT114206K', medium: 'putonghua', source: 'hkiit', seen: 'page-address' }], true, []],
  ] as const)('%s: list link %s, short labels %j', (_case, classes, link, labelled) => {
    const d = data([...classes]);
    expect(needsListLink(mediumRows(d))).toBe(link);
    expect(statedMedia(d).map((s) => s.code)).toEqual(labelled);
  });
});
