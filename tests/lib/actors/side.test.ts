/** sideOf: a speaker's own country, else the country of what it is affiliated with, else none. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_STATE_SIDE, sideOf } from '../../../src/lib/actors/side.ts';
import { checkContent } from '../../../src/lib/check-content.ts';
import { buildIndex, type IndexableEntity } from '../../../src/lib/content-index.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

function actor(id: string, fields: Record<string, unknown> = {}): IndexableEntity {
  const data = actorSchema.parse({ name: id, kind: 'person', role: 'A test actor.', sources: ['s'], ...fields });
  return { collection: 'actors', id, data, references: [] };
}

describe('sideOf on a small index', () => {
  const index = buildIndex([
    actor('ruritania', { kind: 'state', country: 'ruritania' }),
    actor('ministry', { kind: 'government-body', country: 'ruritania' }),
    actor('spokesperson', { affiliations: [{ actor: 'ministry', relation: 'spokesperson-for', sources: ['s'] }] }),
    actor('deputy', { affiliations: [{ actor: 'spokesperson', relation: 'employed-by', sources: ['s'] }] }),
    actor('alliance', { kind: 'advocacy-group' }),
    actor('campaigner', { affiliations: [{ actor: 'alliance', relation: 'founded', sources: ['s'] }] }),
    // Two actors that point at each other, with no state anywhere: the walk must end.
    actor('loop-a', { affiliations: [{ actor: 'loop-b', relation: 'allied-with', sources: ['s'] }] }),
    actor('loop-b', { affiliations: [{ actor: 'loop-a', relation: 'allied-with', sources: ['s'] }] }),
  ]);

  it('takes the speaker’s own country first', () => {
    expect(sideOf(index, 'ministry')).toBe('ruritania');
    expect(sideOf(index, 'ruritania')).toBe('ruritania');
  });

  it('follows outgoing affiliations, more than one step', () => {
    expect(sideOf(index, 'spokesperson')).toBe('ruritania');
    expect(sideOf(index, 'deputy')).toBe('ruritania');
  });

  it('falls back to no state, including through a cycle', () => {
    expect(sideOf(index, 'campaigner')).toBe(NO_STATE_SIDE);
    expect(sideOf(index, 'loop-a')).toBe(NO_STATE_SIDE);
    expect(sideOf(index, 'unknown-id')).toBe(NO_STATE_SIDE);
  });
});

describe('sideOf on the real content', () => {
  it('puts the speakers on the sides a reader expects', async () => {
    const { index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
    expect(sideOf(index, 'david-cameron')).toBe('united-kingdom');
    expect(sideOf(index, 'lin-jian')).toBe('china');
    expect(sideOf(index, 'chinese-embassy-uk')).toBe('china');
    expect(sideOf(index, 'merrick-garland')).toBe('united-states');
    expect(sideOf(index, 'luke-de-pulford')).toBe(NO_STATE_SIDE);
  });
});
