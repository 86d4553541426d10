/**
 * Every field of every schema carries an editor-facing description: error messages quote it, and
 * the editor docs and JSON Schema are generated from it. Every text field has a maximum length,
 * and its description states it (issue 14, item 8).
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { defOf, descriptionOf, fieldNames, innerOf, schemaAtPath, unwrap } from '../../src/lib/schema-walk.ts';
import { dateRegistry } from '../../src/schemas/partial-date.ts';

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

  for (const [collection, schema] of Object.entries(collectionSchemas)) {
    it(`${collection}: every text field has a maximum, stated in its description`, () => {
      const unbounded = fieldPaths(schema).flatMap((path) => {
        let leaf = unwrap(schemaAtPath(schema, path)!);
        const def = defOf(leaf);
        if (def.type === 'array') leaf = unwrap(def['element'] as z.core.$ZodType);
        if (defOf(leaf).type !== 'string' || isDate(schemaAtPath(schema, path)!)) return [];
        const description = `${descriptionOf(schemaAtPath(schema, path)!)} ${descriptionOf(leaf)}`;
        return textBound(leaf, description) ? [] : [path.join('.')];
      });
      expect(unbounded).toEqual([]);
    });
  }
});

/** Partial dates pass only in their short grammar (YYYY, YYYY-MM, YYYY-MM-DD or a range). */
function isDate(field: z.core.$ZodType): boolean {
  for (let current: z.core.$ZodType | undefined = field; current; current = innerOf(current)) {
    if (dateRegistry.has(current)) return true;
  }
  return false;
}

/**
 * True when a string schema cannot hold long text: a maximum the description states, an anchored
 * pattern (ids, language tags, currencies), or a closed list checked in code (IANA time zone
 * names), which only short values pass.
 */
function textBound(schema: z.core.$ZodType, description: string): boolean {
  const checks = ((defOf(schema)['checks'] ?? []) as z.core.$ZodType[]).map(
    (check) => check._zod.def as unknown as { check: string; maximum?: number; pattern?: RegExp },
  );
  if (checks.some(({ check, pattern }) => check === 'string_format' && /^\^.*\$$/.test(pattern?.source ?? ''))) {
    return true;
  }
  const max = checks.find(({ check }) => check === 'max_length')?.maximum;
  if (max !== undefined) return description.includes(`At most ${max.toLocaleString('en-GB')} characters.`);
  return /time zone/i.test(description);
}
