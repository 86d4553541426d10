/**
 * Ids and references between entries.
 *
 * An entry's id is its file name without `.md` (`content/actors/apt31.md` → `apt31`), and ids are
 * unique across all collections. Reference fields hold ids. The schema only checks that a value
 * has the shape of an id; whether the entry exists, and whether it is the right kind of entry, is
 * the integrity checker's job (`src/lib/integrity/`), because one schema cannot see other files.
 *
 * Each reference field is registered in `referenceRegistry` with the collection it must point into
 * (and, for actors, the kinds allowed). The checker and the exports read that registry, so the rule
 * "a sanction's authority must be a state, government body or regulator" is written once, here in
 * the schema, next to the field.
 */
import { z } from 'astro/zod';

/** The one id grammar: lowercase ASCII letters and digits, words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest id we accept; long enough for any slug, short enough for a file name and a URL. */
export const ID_MAX_LENGTH = 80;

/** The collections an entry can live in, in the order readers meet them. */
export const COLLECTION_NAMES = ['story', 'actors', 'sanctions', 'quotes', 'timeline', 'sources'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** What an actor is. Reference fields may restrict which kinds they accept. */
export const ACTOR_KINDS = [
  'person',
  'state',
  'government-body',
  'regulator',
  'legislature',
  'court',
  'company',
  'threat-group',
  'advocacy-group',
  'organisation',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** What a reference field may point at. */
export interface ReferenceTarget {
  /** Collections the target may belong to. */
  readonly collections: readonly CollectionName[];
  /** When the target is an actor, the kinds allowed. Absent means any kind. */
  readonly actorKinds?: readonly ActorKind[];
  /** True when an entry may point at itself here (a state's country is itself). */
  readonly allowSelf?: boolean;
}

/** Every reference field's schema instance, with what it may point at. */
export const referenceRegistry = z.registry<ReferenceTarget>();

/**
 * A field that holds the id of another entry.
 *
 * @param description editor-facing help, shown in error messages and editor docs.
 */
export function entityRef(description: string, target: ReferenceTarget) {
  const article = /^[aeiou]/.test(target.collections[0] ?? '') ? 'an' : 'a';
  return z
    .string({ error: `expected the id of ${article} ${describeTarget(target)} entry` })
    .max(ID_MAX_LENGTH, { error: `an id has at most ${ID_MAX_LENGTH} characters` })
    .regex(ID_PATTERN, {
      error: 'ids use only lowercase a-z, 0-9 and single hyphens, e.g. "david-cameron"',
    })
    .meta({ description })
    .register(referenceRegistry, target);
}

/** "actor (state, government-body or regulator)" — used in messages. */
export function describeTarget(target: ReferenceTarget): string {
  const collections = joinOr(target.collections.map(singular));
  if (!target.actorKinds) return collections;
  return `${collections} (${joinOr(target.actorKinds)})`;
}

/** The singular noun for an entry of a collection, as editors say it. */
export function singular(collection: CollectionName): string {
  switch (collection) {
    case 'story':
      return 'story';
    case 'actors':
      return 'actor';
    case 'sanctions':
      return 'measure';
    case 'quotes':
      return 'quote';
    case 'timeline':
      return 'timeline event';
    case 'sources':
      return 'source';
  }
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * The list of sources behind an entry or a claim. Every entry and every claim needs at least one;
 * the integrity checker reports the ones that have none (rule `missing-source`).
 */
export function sourceList(description: string) {
  return z
    .array(entityRef('The id of a source in content/sources/.', { collections: ['sources'] }))
    .default([])
    .meta({ description });
}
