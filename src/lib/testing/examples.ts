import { expect, it } from 'vitest';

/**
 * Test-only: a table of worked examples for one function, a test per row. Each row is the
 * function's arguments followed by what it must give (compared with `toEqual`, so a row may expect
 * an object, a list or null); the title is `it.each`'s, formatted from the whole row ('%s → %s').
 *
 * Most of the library's unit tests are such tables (Starlight's and smart-answers' habit: one row
 * per case, the reason in the title); this keeps the call and the comparison in one place, so a
 * test file holds only the rows and how to read them. A row is typed by the function, not the other
 * way round (`NoInfer`): a row with a wrong argument is a compile error, not a widened type.
 */
export function examples<Args extends readonly unknown[], Result>(
  title: string,
  fn: (...args: Args) => Result,
  rows: readonly NoInfer<readonly [...Args, Result]>[],
): void {
  it.each(rows.map((row) => [...row]))(title, (...row: unknown[]) => {
    const expected = row.pop();
    expect(fn(...(row as unknown as Args))).toEqual(expected);
  });
}
