import { describe, expect, it } from 'vitest';
import { examples } from '../testing/examples';
import fc from 'fast-check';
import { allowedEdits, correctWords, editDistance, nearestWord } from './typos';

describe('editDistance (with transpositions)', () => {
  examples('%s → %s: %i', (a: string, b: string) => editDistance(a, b), [
    ['software', 'software', 0],
    ['sofware', 'software', 1], // a letter missing
    ['softwaer', 'software', 1], // two letters swapped
    ['electrican', 'electrician', 1],
    ['mechnic', 'mechanic', 1],
    ['architecht', 'architect', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ]);

  it('is symmetric and zero only for equal words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('stops counting past the cap', () => {
    expect(editDistance('accountant', 'architecture', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  const vocabulary = new Set(['software', 'engineer', 'electrician', 'mechanic', 'architect', 'architecture', 'chef', 'accountant', 'logistic']);

  examples('%s → %s', (word: string) => nearestWord(word, vocabulary), [
    ['sofware', 'software'],
    ['enginer', 'engineer'],
    ['electrican', 'electrician'],
    ['mechnic', 'mechanic'],
    ['architecht', 'architect'],
    ['accountent', 'accountant'], // a job no programme leads to is in the vocabulary too
    ['logistc', 'logistic'], // "logistcs", made singular by the query (text.ts)
  ]);

  it('leaves known words, starts of known words and short words alone', () => {
    expect(nearestWord('software', vocabulary)).toBeUndefined();
    expect(nearestWord('archi', vocabulary)).toBeUndefined(); // the search finds it as a start
    expect(nearestWord('chxz', vocabulary)).toBeUndefined(); // a four-letter word may be one letter off, not two
    expect(nearestWord('cef', vocabulary)).toBeUndefined(); // three letters: too many words are one letter apart
    expect(nearestWord('astronaut', vocabulary)).toBeUndefined(); // nothing near
  });

  it('reads a word equally near two as the one the vocabulary lists first (the commoner)', () => {
    expect(nearestWord('enginer', new Set(['engineer', 'engine']))).toBe('engineer');
    expect(nearestWord('enginer', new Set(['engine', 'engineer']))).toBe('engine');
  });

  it('allows one edit up to six letters and two from seven', () => {
    expect([allowedEdits('it'), allowedEdits('chef'), allowedEdits('mechnic'), allowedEdits('sofwar')]).toEqual([0, 1, 2, 1]);
  });
});

describe('correctWords', () => {
  const vocabulary = new Set(['software', 'engineer']);
  it('replaces only the Latin words it does not know, and says when nothing changed', () => {
    expect(correctWords(['sofware', 'engineer'], vocabulary)).toEqual(['software', 'engineer']);
    expect(correctWords(['软件', 'enginer'], vocabulary)).toEqual(['软件', 'engineer']);
    expect(correctWords(['software', 'engineer'], vocabulary)).toBeUndefined();
  });
});
