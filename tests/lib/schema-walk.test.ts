/**
 * findRegisteredFields finds the reference and date fields of an entry by walking its schema
 * with its data, and skips the parts of the schema that hold no registered field. These pin that
 * the skipping never loses a field: inside unions, arrays, wrappers and recursive schemas.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { findRegisteredFields, isString } from '../../src/lib/schema-walk.ts';

describe('findRegisteredFields', () => {
  const registry = z.registry<{ kind: string }>();
  const ref = z.string().register(registry, { kind: 'ref' });

  it('finds registered fields in wrappers, arrays and the matching union option, in document order', () => {
    const schema = z.object({
      title: z.string(),
      lead: ref.optional(),
      items: z.array(z.object({ note: z.string(), target: ref })).default([]),
      either: z.union([z.object({ text: z.string() }), z.object({ to: ref })]),
    });
    const data = {
      title: 'T',
      lead: 'a',
      items: [
        { note: 'n', target: 'b' },
        { note: 'm', target: 'c' },
      ],
      either: { to: 'd' },
    };
    const found = findRegisteredFields(schema, data, registry, isString);
    expect(found.map((field) => [field.path.join('.'), field.value])).toEqual([
      ['lead', 'a'],
      ['items.0.target', 'b'],
      ['items.1.target', 'c'],
      ['either.to', 'd'],
    ]);
  });

  it('finds fields in a recursive schema, however deep', () => {
    type Node = { target: string; children: Node[] };
    const node: z.ZodType<Node> = z.lazy(() => z.object({ target: ref, children: z.array(node) }));
    const data: Node = { target: 'a', children: [{ target: 'b', children: [{ target: 'c', children: [] }] }] };
    expect(findRegisteredFields(node, data, registry, isString).map((field) => field.value)).toEqual(['a', 'b', 'c']);
  });

  it('finds fields reached only through the recursion', () => {
    // `nested` is met before `target`: while A is still being looked at, B's only way to a
    // registered field is A itself.
    type A = { nested?: { inner?: A | undefined } | undefined; target: string };
    const a: z.ZodType<A> = z.lazy(() => z.object({ nested: b.optional(), target: ref }));
    const b = z.object({ inner: a.optional() });
    const data: A = { nested: { inner: { target: 'deep' } }, target: 'top' };
    expect(findRegisteredFields(a, data, registry, isString).map((field) => field.path.join('.'))).toEqual([
      'nested.inner.target',
      'target',
    ]);
  });

  it('answers per registry: a schema with no field of this registry gives nothing', () => {
    const other = z.registry<{ kind: string }>();
    const schema = z.object({ lead: ref, list: z.array(ref) });
    expect(findRegisteredFields(schema, { lead: 'a', list: ['b'] }, other, isString)).toEqual([]);
    expect(findRegisteredFields(schema, { lead: 'a', list: ['b'] }, registry, isString)).toHaveLength(2);
  });
});
