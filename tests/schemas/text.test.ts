/**
 * The two text helpers every schema uses: labels refuse invisible characters with a message naming
 * the code point; prose loses them; both have a maximum (issue 14, items 5 and 8).
 */
import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../src/schemas/actor.ts';
import { labelText, proseText } from '../../src/schemas/text.ts';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe('labelText', () => {
  it('refuses a bidi override, naming it', () => {
    expect(messages(labelText('A name.').safeParse('Ni Gaobin \u202eexe.tnemucod\u202c'))).toEqual([
      '"Ni Gaobin \u202eexe.tnemucod\u202c" contains U+202E RIGHT-TO-LEFT OVERRIDE, an invisible control character; delete it',
    ]);
  });

  it('keeps two names that look the same from differing invisibly', () => {
    expect(labelText('A name.').safeParse('Jane\u200bDoe').success).toBe(false);
    expect(labelText('A name.').safeParse('Jane Doe').success).toBe(true);
  });

  it('allows the joiners of a name in its own script only when asked', () => {
    expect(labelText('A name.', { ownScript: true }).safeParse('می\u200cخواهم').success).toBe(true);
    expect(labelText('A name.').safeParse('می\u200cخواهم').success).toBe(false);
    expect(labelText('A name.', { ownScript: true }).safeParse('a\u202eb').success).toBe(false);
  });

  it('has a maximum that its description states', () => {
    const schema = labelText('A name.', { max: 10 });
    expect(schema.description).toBe('A name. At most 10 characters.');
    expect(schema.safeParse('x'.repeat(11)).success).toBe(false);
    expect(schema.safeParse(` ${'x'.repeat(10)} `).data).toBe('x'.repeat(10));
  });
});

describe('proseText', () => {
  it('drops invisible characters, so an unterminated U+202E cannot reverse the rest of a line', () => {
    expect(proseText('A role.').parse('Speaks \u202ein the\u200b tests.\u2028Twice.')).toBe(
      'Speaks in the tests. Twice.',
    );
    expect(proseText('A role.').safeParse('\u200b\u202e').success).toBe(false);
  });

  it('applies in the real schemas: an actor role loses its override', () => {
    const actor = actorSchema.parse({ name: 'Jane Doe', kind: 'person', role: 'Speaks \u202ein the tests.' });
    expect(actor.role).toBe('Speaks in the tests.');
  });
});
