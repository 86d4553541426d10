/**
 * The zod schema of a published record, derived from the entity's own schema: the same fields and
 * descriptions, with every reference field replaced by the resolved `{ id, name, url }` object and
 * the record's head (`id`, `collection`, `name`, `url`, `lastUpdated`, body references) around it.
 *
 * Derived, not written: a field added to an entity schema appears in its record schema, and so in
 * the published JSON Schema, without a change here.
 *
 * Cross-field rules (`superRefine` on objects, such as "only an indictment has charges") are not
 * carried over: they are checked when content is loaded, and JSON Schema cannot say most of them.
 */
import { z } from 'astro/zod';
import { collectionSchemas } from '../../schemas/collections.ts';
import { ID_MAX_LENGTH, ID_PATTERN, referenceRegistry, type CollectionName } from '../../schemas/entity-ref.ts';
import { partialDate } from '../../schemas/partial-date.ts';
import { defOf, innerOf } from '../schema-walk.ts';

type Schema = z.core.$ZodType;

/** Copy the editor-facing metadata (description, format, …) of `from` onto `to`. */
function withMetaOf<T extends z.ZodType>(to: T, from: Schema): T {
  const meta = z.globalRegistry.get(from);
  return meta ? to.meta(meta) : to;
}

function idSchema(description: string) {
  return z.string().max(ID_MAX_LENGTH).regex(ID_PATTERN).describe(description);
}

/** A resolved reference, described with the reference field's own description. */
export function resolvedRefSchema(description: string | undefined) {
  return z
    .strictObject({
      id: idSchema('The id of the entry referred to.'),
      name: z
        .string()
        .nullable()
        .describe('The name of the entry referred to; null only if the id names no entry in this dataset.'),
      url: z
        .string()
        .nullable()
        .describe(
          'The page of the entry referred to, as a path from the site root; null only if the id names no entry.',
        ),
    })
    .describe(
      `${description ?? 'A reference to another entry.'} Published as { id, name, url } of the entry referred to.`,
    );
}

function containsReference(schema: Schema): boolean {
  if (referenceRegistry.has(schema)) return true;
  const inner = innerOf(schema);
  if (inner) return containsReference(inner);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.values(def['shape'] as Record<string, Schema>).some(containsReference);
    case 'array':
      return containsReference(def['element'] as Schema);
    default:
      return false;
  }
}

/** `schema` as published: references resolved; a default becomes required (the output always has it). */
function publishedSchema(schema: Schema): z.ZodType {
  if (referenceRegistry.has(schema)) {
    return resolvedRefSchema(z.globalRegistry.get(schema)?.description);
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return withMetaOf(publishedSchema(def['innerType'] as Schema).optional(), schema);
    case 'default':
    case 'prefault':
      // Published data always has the value, so the field is required, with the default's docs.
      return withMetaOf(publishedSchema(def['innerType'] as Schema), schema);
  }
  if (!containsReference(schema)) return schema as z.ZodType;
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(def['shape'] as Record<string, Schema>).map(([key, child]) => [key, publishedSchema(child)]),
      );
      return withMetaOf(z.strictObject(shape), schema);
    }
    case 'array': {
      // Length checks (min 1 key point, …) still hold for the published list.
      const checks = (def['checks'] as z.core.$ZodCheck<unknown[]>[] | undefined) ?? [];
      const array = z.array(publishedSchema(def['element'] as Schema));
      return withMetaOf(checks.length > 0 ? array.check(...checks) : array, schema);
    }
    default:
      throw new Error(`record-schema: a reference inside a ${def.type} schema is not supported`);
  }
}

/** What each collection's records are called, singular, as in `/data/schema/<entity>.schema.json`. */
export const ENTITY_NAMES: Record<CollectionName, string> = {
  story: 'story',
  actors: 'actor',
  sanctions: 'measure',
  quotes: 'quote',
  timeline: 'timeline-event',
  sources: 'source',
};

const cache = new Map<CollectionName, z.ZodType>();

/** The schema a published record of `collection` satisfies. Built once per collection. */
export function recordSchemaFor(collection: CollectionName): z.ZodType {
  let schema = cache.get(collection);
  if (schema) return schema;
  const entity = collectionSchemas[collection] as Schema;
  const refList = (description: string) =>
    z.array(resolvedRefSchema('An entry the body refers to.')).describe(description);
  schema = z
    .strictObject({
      id: idSchema('The entry id: its file name in content/ without .md. Stable: ids are never renamed silently.'),
      collection: z.literal(collection).describe('The collection (content folder) the entry belongs to.'),
      name: z.string().describe('The name the entry is listed under on the site.'),
      url: z.string().describe("The entry's page on the site, as a path from the site root."),
      lastUpdated: partialDate('The date of the latest entry in the update log; null if it was never updated.')
        .nullable()
        .describe('The date of the latest entry in the update log; null if it was never updated.'),
      data: withMetaOf(publishedSchema(entity), entity),
      citedInBody: refList('Sources the body cites, in the order it first cites them.'),
      mentionedInBody: refList('Entries the body mentions, in the order it first mentions them.'),
    })
    .describe(z.globalRegistry.get(entity)?.description ?? `A ${ENTITY_NAMES[collection]}.`);
  cache.set(collection, schema);
  return schema;
}
