/** The id rule: one canonical form, collisions that ignore case and look-alikes, clear problems. */
import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/fuzz-config.ts';
import { ID_MAX_LENGTH } from '../../src/schemas/entity-ref.ts';
import { generateId, idCollisionKey, idFromFileName, idProblem, isValidId } from '../../src/lib/ids.ts';

describe('generateId', () => {
  it.each([
    ['APT31', 'apt31'],
    ['Zhao Guangzong', 'zhao-guangzong'],
    ["Clare O'Neil", 'clare-oneil'],
    ['Clare O’Neil', 'clare-oneil'],
    ['Jan Lipavský', 'jan-lipavsky'],
    ['Foreign, Commonwealth & Development Office', 'foreign-commonwealth-and-development-office'],
    ['  spaced   out  ', 'spaced-out'],
    ['../../etc/passwd', 'etc-passwd'],
    ['倪高彬', ''],
  ])('%s → %s', (input, expected) => {
    expect(generateId(input)).toBe(expected);
  });

  it('leaves a canonical id as slugify would: unchanged', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    const id = fc
      .array(word, { minLength: 1, maxLength: 8 })
      .map((words) => words.join('-').slice(0, ID_MAX_LENGTH).replace(/-+$/, ''));
    fc.assert(
      fc.property(id, (valid) => {
        expect(isValidId(valid)).toBe(true);
        expect(slugify(valid, { decamelize: false })).toBe(valid);
        expect(generateId(valid)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('never makes an id longer than 80 characters or ending in a hyphen', () => {
    const id = generateId(`${'word '.repeat(40)}end`);
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id.endsWith('-')).toBe(false);
    expect(isValidId(id)).toBe(true);
  });
});

describe('isValidId and idProblem', () => {
  it.each(['apt31', 'uk-fcdo', 'a', '2024-03-25-release'])('%s is valid', (id) => {
    expect(isValidId(id)).toBe(true);
    expect(idProblem(id)).toBeUndefined();
  });

  it.each([
    ['', 'the id is empty'],
    ['APT31', '"APT31" contains capital letters'],
    ['apt 31', '"apt 31" contains spaces'],
    ['apt--31', '"apt--31" contains characters other than a-z, 0-9 and single hyphens between words'],
    ['-apt31', '"-apt31" contains characters other than a-z, 0-9 and single hyphens between words'],
    ['../secrets', '"../secrets" contains a path separator or "..", which an id may not'],
    [
      '\u0430pt31',
      '"\u0430pt31" contains "\u0430" (U+0430), which is not a plain ASCII letter or digit; it may be a look-alike character',
    ],
    ['x'.repeat(81), 'the id is 81 characters long; the limit is 80'],
  ])('%j is rejected', (id, problem) => {
    expect(isValidId(id)).toBe(false);
    expect(idProblem(id)).toBe(problem);
  });
});

describe('idCollisionKey', () => {
  it('folds case, hyphens, accents and look-alike letters together', () => {
    const key = idCollisionKey('apt31');
    expect(idCollisionKey('APT31')).toBe(key);
    expect(idCollisionKey('apt-31')).toBe(key);
    expect(idCollisionKey('\u0430pt31')).toBe(key);
    expect(idCollisionKey('apt32')).not.toBe(key);
  });
});

describe('idFromFileName', () => {
  it('drops the .md extension only', () => {
    expect(idFromFileName('apt31.md')).toBe('apt31');
    expect(idFromFileName('notes.md.md')).toBe('notes.md');
  });
});
