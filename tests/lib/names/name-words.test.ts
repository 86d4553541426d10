import { describe, expect, it } from 'vitest';
import { nameWords, sharedWords, vocabulary } from '../../../src/lib/names/name-words.ts';

describe('nameWords', () => {
  it('drops stop words, honorifics, possessives and single letters', () => {
    expect(nameWords("the Commission's")).toEqual(['commission']);
    expect(nameWords('Sir Iain Duncan Smith')).toEqual(['iain', 'duncan', 'smith']);
    expect(nameWords('Brian E. Nelson')).toEqual(['brian', 'nelson']);
    expect(nameWords('he')).toEqual([]);
  });
});

describe('sharedWords', () => {
  const commission = vocabulary(['The Electoral Commission']);
  const fcdo = vocabulary(['Foreign, Commonwealth & Development Office']);
  const mss = vocabulary(['Ministry of State Security']);
  const china = vocabulary(["Embassy of the People's Republic of China in the United Kingdom"]);

  it.each([
    ['the Commission', commission],
    ['FCDO', fcdo],
    ['MSS', mss],
    ['Chinese Embassy', china],
    ['Chinese officials', china],
  ])('finds a word of %s in the names', (label, names) => {
    expect(sharedWords(nameWords(label), names)).toBeGreaterThan(0);
  });

  it.each([
    ['Oliver Dowden', commission],
    ['House of Commons', commission],
    ['MI5', mss],
  ])('finds no word of %s in the names', (label, names) => {
    expect(sharedWords(nameWords(label), names)).toBe(0);
  });
});
