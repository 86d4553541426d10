/** Small hand-made indexes for the story derivations: only the fields each derivation reads. */
import { buildIndex, type IndexableEntity } from '../../../src/lib/content-index.ts';
import type { CollectionName } from '../../../src/schemas/entity-ref.ts';
import type { StoryData } from '../../../src/schemas/story.ts';

export function entry(
  collection: CollectionName,
  id: string,
  data: Record<string, unknown>,
  references: { id: string; field: string }[] = [],
): IndexableEntity {
  return {
    collection,
    id,
    data: { updates: [], sources: [], ...data },
    references: references.map((reference) => ({ ...reference, via: 'test' })),
  } as unknown as IndexableEntity;
}

export const actor = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  entry('actors', id, { name, kind: 'government-body', aliases: [], titles: [], ...extra });

export const event = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  entry('timeline', id, { title: `Event ${id}`, date, dateMeaning: 'occurred', actors: [], related: [], ...extra });

export const measure = (id: string, data: Record<string, unknown>) =>
  entry('sanctions', id, {
    title: `Measure ${id}`,
    targets: [],
    measures: [],
    charges: [],
    listReferences: [],
    ...data,
  });

export function indexOf(entities: IndexableEntity[]) {
  return buildIndex(entities);
}

export function story(data: Partial<StoryData>): StoryData {
  return {
    headline: 'H',
    shortTitle: 'S',
    standfirst: 'S',
    summary: 'S',
    published: '2024-03-26',
    updates: [],
    authors: ['A'],
    keyPoints: [],
    stateOfKnowledge: [],
    campaigns: [],
    responses: [],
    keyDates: [],
    ...data,
  } as StoryData;
}
