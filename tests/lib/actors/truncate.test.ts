/** truncateAtWord never cuts a word and never exceeds its limit. */
import { describe, expect, it } from 'vitest';
import { metaDescription, truncateAtWord } from '../../../src/lib/actors/truncate.ts';

describe('truncateAtWord', () => {
  it('keeps text that fits', () => {
    expect(truncateAtWord('It is completely unacceptable', 40)).toBe('It is completely unacceptable');
  });

  it('cuts at the last whole word and adds an ellipsis within the limit', () => {
    const text = 'The so-called cyber attacks by China against the UK are completely fabricated';
    const short = truncateAtWord(text, 30);
    expect(short).toBe('The so-called cyber attacks…');
    expect(short.length).toBeLessThanOrEqual(30);
  });

  it('drops punctuation left at the cut', () => {
    expect(truncateAtWord('First, second, third fourth', 15)).toBe('First, second…');
  });

  it('keeps a single over-long word whole', () => {
    expect(truncateAtWord('Supercalifragilistic word', 5)).toBe('Supercalifragilistic…');
  });
});

describe('metaDescription', () => {
  it('shortens at a word and keeps angle brackets out of the attribute', () => {
    expect(metaDescription('<script>alert(1)</script> Ruritania: the state in the tests', 200)).toBe(
      '‹script›alert(1)‹/script› Ruritania: the state in the tests',
    );
    expect(metaDescription('one two three four', 12)).toBe('one two…');
  });
});
