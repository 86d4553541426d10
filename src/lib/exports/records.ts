/**
 * Published records: an entry as the data exports carry it, with every reference resolved to
 * `{ id, name, url }` so a reader of one file does not need the others to know what an id names.
 *
 * The walk follows the zod schema, not the data, so keys come out in the schema's field order
 * whatever order the editor wrote them in, and the reference fields are the ones registered in
 * `referenceRegistry` (src/schemas/entity-ref.ts): there is no second list of them here.
 */
import type { z } from 'astro/zod';
import { displayTitle, type ContentIndex, type IndexableEntity } from '../content-index.ts';
import { entityHref } from '../routes.ts';
import { defOf, innerOf } from '../schema-walk.ts';
import { lastUpdated, updatesOf } from '../update-log.ts';
import { collectionSchemas } from '../../schemas/collections.ts';
import { COLLECTION_NAMES, referenceRegistry, type CollectionName } from '../../schemas/entity-ref.ts';

type Schema = z.core.$ZodType;

/** A reference as published: the id, and the name and page of the entry it names. */
export interface ResolvedRef {
  readonly id: string;
  /** The target's display name; null when the id names no entry (the checker stops such builds). */
  readonly name: string | null;
  /** The target's page as an absolute path, e.g. "/actors/apt31/"; null when the id names no entry. */
  readonly url: string | null;
}

/** One entry as published in the JSON files. */
export interface ExportRecord {
  readonly id: string;
  readonly collection: CollectionName;
  readonly name: string;
  readonly url: string;
  /** The date of the latest entry in the update log, or null when the entry was never updated. */
  readonly lastUpdated: string | null;
  /** The entry's fields, in schema order, references resolved. */
  readonly data: Record<string, unknown>;
  /** Sources the body cites, in the order it first cites them. */
  readonly citedInBody: readonly ResolvedRef[];
  /** Entries the body mentions (`:actor[…]{#id}` and the like), in first-mention order. */
  readonly mentionedInBody: readonly ResolvedRef[];
}

/** Resolves ids against one index. Absolute paths from the site root (base "/"). */
export function referenceResolver<E extends IndexableEntity>(
  index: ContentIndex<E>,
  base = '/',
): (id: string) => ResolvedRef {
  return (id) => {
    const target = index.byId.get(id);
    if (!target) return { id, name: null, url: null };
    return { id, name: displayTitle(target), url: entityHref(target.collection, target.id, base) };
  };
}

/**
 * The value of `value` as published under `schema`: objects in schema key order without absent
 * fields, arrays item by item, reference fields resolved, everything else as it is.
 */
export function publishValue(schema: Schema, value: unknown, resolve: (id: string) => ResolvedRef): unknown {
  if (value === undefined) return undefined;
  if (referenceRegistry.has(schema) && typeof value === 'string') return resolve(value);
  // Wrappers (optional, default, preprocess …) publish what they wrap.
  const inner = innerOf(schema);
  if (inner) return publishValue(inner, value, resolve);
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null) return value;
      const shape = def['shape'] as Record<string, Schema>;
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(shape)) {
        const published = publishValue(child, (value as Record<string, unknown>)[key], resolve);
        if (published !== undefined) result[key] = published;
      }
      return result;
    }
    case 'array':
      return Array.isArray(value) ? value.map((item) => publishValue(def['element'] as Schema, item, resolve)) : value;
    default:
      return value;
  }
}

/** The ids an entry's body refers to by `via`, first occurrence first, without repeats. */
function bodyReferences(entity: IndexableEntity, via: string): string[] {
  const ids: string[] = [];
  for (const reference of entity.references) {
    if (reference.via === via && reference.field === 'body' && !ids.includes(reference.id)) ids.push(reference.id);
  }
  return ids;
}

/** One entry as a published record. */
export function toRecord(entity: IndexableEntity, resolve: (id: string) => ResolvedRef, base = '/'): ExportRecord {
  const schema = collectionSchemas[entity.collection] as Schema;
  return {
    id: entity.id,
    collection: entity.collection,
    name: displayTitle(entity),
    url: entityHref(entity.collection, entity.id, base),
    lastUpdated: lastUpdated(entity.data) ?? null,
    // The update log is published oldest first, as its schema says, whatever order it was written in.
    data: publishValue(schema, { ...entity.data, updates: updatesOf(entity.data) }, resolve) as Record<string, unknown>,
    citedInBody: bodyReferences(entity, 'citation').map(resolve),
    mentionedInBody: bodyReferences(entity, 'mention').map(resolve),
  };
}

/** Every entry of the index as a record, collection by collection, in the index's reading order. */
export function recordsByCollection<E extends IndexableEntity>(
  index: ContentIndex<E>,
  base = '/',
): Record<CollectionName, ExportRecord[]> {
  const resolve = referenceResolver(index, base);
  const result = {} as Record<CollectionName, ExportRecord[]>;
  for (const collection of COLLECTION_NAMES) {
    const entities: readonly IndexableEntity[] = index.byCollection[collection];
    result[collection] = entities.map((entity) => toRecord(entity, resolve, base));
  }
  return result;
}
