/**
 * JSON Schemas of the frontmatter editors write, one per collection, for completion and
 * validation while typing (VS Code, see content/README.md). They come from the zod schemas
 * through the one converter in src/lib/exports/json-schema.ts, in `io: 'input'` mode (a field
 * with a default may be left out), with two editor-specific rewrites:
 *
 * - a reference field lists the ids it may hold (`enum`), so an editor completes `speaker:` from
 *   the actors that exist, and only from the kinds the field allows (an authority is a state,
 *   government body or regulator);
 * - a date also accepts a bare year as a number, because YAML reads `2021` as one and the schema
 *   turns it back into text.
 */
import type { z } from 'astro/zod';
import { collectionSchemas } from '../../schemas/collections.ts';
import {
  COLLECTION_NAMES,
  describeTarget,
  referenceRegistry,
  type ActorKind,
  type CollectionName,
  type ReferenceTarget,
} from '../../schemas/entity-ref.ts';
import { dateRegistry } from '../../schemas/partial-date.ts';
import { toJsonSchema, type JsonSchema } from '../exports/json-schema.ts';

/** An existing entry, as far as a reference field needs to know it. */
export interface KnownId {
  readonly id: string;
  /** An actor's kind, when its frontmatter says it; absent for other entries or unreadable ones. */
  readonly actorKind?: ActorKind;
}

/** Every existing id, by collection. */
export type IdCatalog = Readonly<Record<CollectionName, readonly KnownId[]>>;

/** The ids a reference field may hold: sorted, deduplicated, filtered by the allowed actor kinds. */
export function idsFor(target: ReferenceTarget, catalog: IdCatalog): string[] {
  const ids = new Set<string>();
  for (const collection of target.collections) {
    for (const known of catalog[collection]) {
      // An actor whose kind cannot be read is offered everywhere: the checker has the last word.
      const kindAllowed =
        target.actorKinds === undefined || known.actorKind === undefined || target.actorKinds.includes(known.actorKind);
      if (kindAllowed) ids.add(known.id);
    }
  }
  return [...ids].sort();
}

/** The keyword under which, without a catalog, a reference field says what it points at. */
export const REFERENCE_KEYWORD = 'x-casefile-reference';

/**
 * The frontmatter JSON Schema of one collection. Without a catalog (for the field reference of
 * the editor's guide), reference fields keep the id grammar and say what they point at in
 * `x-casefile-reference`, e.g. "actor (state, government-body or regulator)".
 */
export function frontmatterJsonSchema(collection: CollectionName, catalog?: IdCatalog): JsonSchema {
  const schema = collectionSchemas[collection] as z.ZodType;
  return toJsonSchema(schema, `casefile ${collection} entry frontmatter`, {
    io: 'input',
    override: (zodSchema, jsonSchema) => {
      if (dateRegistry.get(zodSchema)) jsonSchema['type'] = ['string', 'integer'];
      const target = referenceRegistry.get(zodSchema);
      if (target && catalog) {
        const ids = idsFor(target, catalog);
        // An empty enum would reject everything; with no ids yet, the grammar alone applies.
        if (ids.length > 0) jsonSchema['enum'] = ids;
      } else if (target) {
        jsonSchema[REFERENCE_KEYWORD] = describeTarget(target);
      }
    },
  });
}

/** The schemas of every collection. */
export function frontmatterJsonSchemas(catalog?: IdCatalog): Record<CollectionName, JsonSchema> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [collection, frontmatterJsonSchema(collection, catalog)]),
  ) as Record<CollectionName, JsonSchema>;
}
