/**
 * The new rules at the scale issue 9 asks for, 20,000 actors: `possible-duplicate` uses one map
 * from folded name to entries (never a comparison of every pair) and reports only the planted
 * duplicate; suggestions find entries by name, id and words among them.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/content-index.ts';
import type { Entity } from '../../src/lib/content/load-entry.ts';
import { compareDiagnostics, formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { checkPossibleDuplicates } from '../../src/lib/integrity/possible-duplicates.ts';
import { EntryFinder } from '../../src/lib/suggest.ts';

const COUNT = 20_000;

function actor(id: string, name: string, aliases: string[] = []): Entity {
  return {
    collection: 'actors',
    id,
    file: `content/actors/${id}.md`,
    data: { name, kind: 'person', aliases: aliases.map((alias) => ({ name: alias })), titles: [] },
    references: [],
    locate: (path: readonly PropertyKey[]) => ({ line: path[0] === 'name' ? 2 : 9, column: 7 }),
  } as unknown as Entity;
}

describe('possible-duplicate at scale', () => {
  it('finds the one duplicate among 20,000 actors', () => {
    // Distinct names made of two words each, so many entries share a word but none a name.
    const entities = Array.from({ length: COUNT }, (_, i) =>
      actor(`person-${i}`, `Given${i % 150} Family${Math.floor(i / 150)}`, [`Agent ${i}`]),
    );
    entities.push(actor('agent-seventeen', 'Sir Agent 17'));
    const problems = checkPossibleDuplicates({ files: [], index: buildIndex(entities), contentPath: 'content' });
    expect(problems.sort(compareDiagnostics).map(formatDiagnostic)).toEqual([
      'content/actors/agent-seventeen.md:2:7  warning: name "Sir Agent 17" is also an alias of content/actors/person-17.md ("Agent 17" once case, accents, spacing and titles are ignored), so the two may be one actor. If they are, merge them into one file (keep one id, list the other names under aliases); if not, add the detail that tells them apart to the name  [possible-duplicate]',
      'content/actors/person-17.md:9:7  warning: alias "Agent 17" is also the name of content/actors/agent-seventeen.md ("Sir Agent 17" once case, accents, spacing and titles are ignored), so the two may be one actor. If they are, merge them into one file (keep one id, list the other names under aliases); if not, add the detail that tells them apart to the name  [possible-duplicate]',
    ]);
  });

  it('suggests entries by name among 20,000, each step of the search', () => {
    const finder = new EntryFinder(
      Array.from({ length: COUNT }, (_, i) => ({
        id: `person-${i}`,
        names: [`Given${i % 150} Family${Math.floor(i / 150)}`, `Agent ${i}`],
      })),
    );
    expect(finder.suggest('agent-17', 'Agent 17')).toEqual([{ id: 'person-17', name: 'Agent 17' }]);
    expect(finder.suggest('person-1x7')).toEqual([{ id: 'person-107' }]);
    expect(finder.suggest('family133', 'Family133')).toEqual([
      { id: 'person-19950', name: 'Given0 Family133' },
      { id: 'person-19951', name: 'Given1 Family133' },
      { id: 'person-19952', name: 'Given2 Family133' },
    ]);
    expect(finder.suggest('nobody-at-all', 'Nobody at all')).toEqual([]);
  });
});
