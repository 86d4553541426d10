/** roleCaption: the short form of a title for a quote caption. */
import { describe, expect, it } from 'vitest';
import { roleCaption } from '../../../src/lib/actors/role-caption.ts';

const fbi = ['Federal Bureau of Investigation', 'FBI'];

describe('roleCaption', () => {
  it('adds the shortest name of the body to a title that does not say it', () => {
    expect(roleCaption({ title: 'Director' }, fbi)).toBe('Director, FBI');
  });

  it('drops a trailing formal long form', () => {
    const title = 'Foreign Secretary (Secretary of State for Foreign, Commonwealth and Development Affairs)';
    expect(roleCaption({ title }, ['Foreign, Commonwealth & Development Office', 'FCDO'])).toBe(
      'Foreign Secretary, FCDO',
    );
    expect(roleCaption({ title }, [])).toBe('Foreign Secretary');
  });

  it('keeps a title that names its scope or its body as it is', () => {
    expect(roleCaption({ title: 'Conservative MP for Hertsmere' }, ['House of Commons'])).toBe(
      'Conservative MP for Hertsmere',
    );
    expect(roleCaption({ title: 'Member of the House of Lords' }, ['House of Lords'])).toBe(
      'Member of the House of Lords',
    );
  });

  it('gives a title without a body alone', () => {
    expect(roleCaption({ title: 'Home Secretary' }, [])).toBe('Home Secretary');
  });
});
