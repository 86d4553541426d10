import { describe, expect, it } from 'vitest';
import { didYouMeanEntry, EntryFinder } from '../../src/lib/suggest.ts';

const finder = new EntryFinder([
  { id: 'oliver-dowden', names: ['Oliver Dowden'] },
  { id: 'david-cameron', names: ['David Cameron', 'Lord Cameron'] },
  { id: 'apt31', names: ['APT31', 'ZIRCONIUM', 'Violet Typhoon'] },
  { id: 'wang-yi', names: ['Wang Yi'] },
  { id: 'wang-xiaolong', names: ['Wang Xiaolong'] },
  // A file renamed to an invalid id: never offered, however well it matches.
  { id: 'Jane-Doe', names: ['Jane Doe'] },
]);

describe('EntryFinder', () => {
  it('matches a label to a name or alias once folded', () => {
    expect(finder.suggest('zirconium', 'Zirconium')).toEqual([{ id: 'apt31', name: 'ZIRCONIUM' }]);
    expect(finder.suggest('cameron', 'Cameron')).toEqual([{ id: 'david-cameron', name: 'Lord Cameron' }]);
    expect(finder.suggest('sir-oliver-dowden', 'Sir Oliver Dowden')).toEqual([{ id: 'oliver-dowden' }]);
  });

  it('prefers an id a typo away to a word in common', () => {
    expect(finder.suggest('olivr-dowden')).toEqual([{ id: 'oliver-dowden' }]);
  });

  it('matches words in common, listing ties', () => {
    expect(finder.suggest('dowden', 'Dowden')).toEqual([{ id: 'oliver-dowden', name: 'Oliver Dowden' }]);
    expect(finder.suggest('typhoon', 'Typhoon')).toEqual([{ id: 'apt31', name: 'Violet Typhoon' }]);
    expect(finder.suggest('wang', 'Wang')).toEqual([
      { id: 'wang-yi', name: 'Wang Yi' },
      { id: 'wang-xiaolong', name: 'Wang Xiaolong' },
    ]);
  });

  it('falls back to a name a typo away from the label', () => {
    expect(finder.suggest('x', 'Zirconum')).toEqual([{ id: 'apt31', name: 'ZIRCONIUM' }]);
  });

  it('never suggests an invalid id', () => {
    expect(finder.suggest('jane-doe', 'Jane Doe')).toEqual([]);
    expect(finder.suggest('jane-doe')).toEqual([]);
  });

  it('says nothing when nothing is close', () => {
    expect(finder.suggest('electoral-commission', 'Electoral Commission')).toEqual([]);
  });
});

describe('EntryFinder on entries without names', () => {
  it('matches the words of their ids and shows no name', () => {
    const quotes = new EntryFinder([{ id: 'dowden-two-campaigns', names: [] }]);
    expect(quotes.suggest('campaigns', 'the campaigns')).toEqual([{ id: 'dowden-two-campaigns' }]);
  });
});

describe('didYouMeanEntry', () => {
  it('lists suggestions with the names that matched', () => {
    expect(didYouMeanEntry([])).toBe('');
    expect(didYouMeanEntry([{ id: 'apt31' }])).toBe(' Did you mean "apt31"?');
    expect(
      didYouMeanEntry([
        { id: 'wang-yi', name: 'Wang Yi' },
        { id: 'wang-xiaolong', name: 'Wang Xiaolong' },
        { id: 'apt31' },
      ]),
    ).toBe(' Did you mean "wang-yi" (Wang Yi), "wang-xiaolong" (Wang Xiaolong) or "apt31"?');
  });
});
