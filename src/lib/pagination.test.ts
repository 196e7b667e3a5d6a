import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import { pagerItems, pagesOf, siblingsOf, wholeList } from './pagination';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pagesOf', () => {
  examples('%i items in pages of %i', (n: number, size: number) => pagesOf(numbers(n), size), [
    [0, 3, [[]]],
    [2, 3, [[1, 2]]],
    [3, 3, [[1, 2, 3]]],
    [7, 3, [[1, 2, 3], [4, 5, 6], [7]]],
  ]);

  it('refuses a page of no items', () => {
    expect(() => pagesOf([1], 0)).toThrow(RangeError);
  });
});

describe('pagerItems', () => {
  examples('page %i of %i', pagerItems, [
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, 'gap', 10]],
    [6, 38, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 38]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [38, 38, [1, 'gap', 36, 37, 38]],
  ]);

  it('links a bounded number of pages, and every page reaches every other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (pages) => {
        const reached = new Set([1]);
        const queue = [1];
        for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
          const links = pagerItems(page, pages).filter((p) => p !== 'gap');
          expect(links.length).toBeLessThanOrEqual(7);
          for (const next of links) if (!reached.has(next)) reached.add(next), queue.push(next);
        }
        expect(reached.size).toBe(pages);
      }),
    );
  });
});

describe('siblingsOf', () => {
  it('lists every other programme of a small sector, in order', () => {
    expect(siblingsOf(numbers(9), 4, 8)).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    expect(siblingsOf([1], 0, 8)).toEqual([]);
  });

  it('lists the ones that follow in a large sector, wrapping round, in order', () => {
    expect(siblingsOf(numbers(20), 2, 4)).toEqual([4, 5, 6, 7]);
    expect(siblingsOf(numbers(20), 18, 4)).toEqual([1, 2, 3, 20]);
  });

  it('links every programme from as many others as it lists, never from itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 10 }), (n, shown) => {
        const items = numbers(n);
        const linkedFrom = new Map(items.map((i) => [i, 0]));
        items.forEach((item, index) => {
          const siblings = siblingsOf(items, index, shown);
          expect(siblings).not.toContain(item);
          expect(siblings).toHaveLength(Math.min(shown, n - 1));
          for (const s of siblings) linkedFrom.set(s, (linkedFrom.get(s) ?? 0) + 1);
        });
        for (const count of linkedFrom.values()) expect(count).toBe(Math.min(shown, n - 1));
      }),
    );
  });
});

describe('wholeList', () => {
  // [items, at most, [how many listed, how many left out]]
  examples('%i items, at most %i → listed, left out: %j', (n: number, max: number) => {
    const list = wholeList(numbers(n), max);
    return [list.items.length, list.omitted];
  }, [
    [0, 3, [0, 0]],
    [3, 3, [3, 0]],
    [4, 3, [0, 4]],
    [34, 500, [34, 0]],
    [3400, 500, [0, 3400]],
  ]);

  it('keeps the items it lists whole and in order', () => {
    expect(wholeList(['a', 'b'], 2).items).toEqual(['a', 'b']);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a limit of %s', (max) => {
    expect(() => wholeList([1], max)).toThrow(RangeError);
  });
});
