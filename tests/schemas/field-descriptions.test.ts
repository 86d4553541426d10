/**
 * Every field of every schema carries an editor-facing description: error messages quote it, and
 * the editor docs and JSON Schema are generated from it.
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { descriptionOf, fieldNames, schemaAtPath, unwrap } from '../../src/lib/schema-walk.ts';

/** Paths of every object field, descending through arrays and nested objects. */
function fieldPaths(schema: z.core.$ZodType, prefix: (string | number)[] = []): (string | number)[][] {
  const base = unwrap(schema);
  const def = base._zod.def as { type: string; element?: z.core.$ZodType };
  if (def.type === 'array' && def.element) return fieldPaths(def.element, [...prefix, 0]);
  return fieldNames(base).flatMap((name) => {
    const path = [...prefix, name];
    return [path, ...fieldPaths(schemaAtPath(base, [name])!, path)];
  });
}

describe('schema documentation', () => {
  for (const [collection, schema] of Object.entries(collectionSchemas)) {
    it(`${collection}: every field has a description`, () => {
      const paths = fieldPaths(schema);
      expect(paths.length).toBeGreaterThan(3);
      const undocumented = paths
        .filter((path) => !descriptionOf(schemaAtPath(schema, path)!))
        .map((path) => path.join('.'));
      expect(undocumented).toEqual([]);
    });
  }
});
