import { describe, expect, it } from 'vitest';
import { foldName, foldedKeys } from '../../../src/lib/names/fold-name.ts';

describe('foldName', () => {
  it.each([
    ['APT 31', 'APT31'],
    ['apt-31', 'APT31'],
    ['Sir Oliver Dowden', 'Oliver Dowden'],
    ['Lord Cameron', 'Cameron'],
    ['Dr. Jane Smith', 'Jane Smith'],
    ['Électoral Commission', 'Electoral Commission'],
    ['аpt31', 'APT31'],
    ["Clare O'Neil", 'Clare ONeil'],
  ])('folds %s like %s', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['APT31', 'APT41'],
    ['Oliver Dowden', 'Oliver Cromwell'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it('keeps a name made only of honorifics rather than folding it to nothing', () => {
    expect(foldName('The Lord')).toBe('thelord');
    expect(foldName('—')).toBe('');
  });

  it('collects the non-empty keys of a name, its aliases and native name', () => {
    expect([...foldedKeys(['APT31', 'APT 31', undefined, '...', 'Zirconium'])]).toEqual(['apt31', 'zirconium']);
  });
});
