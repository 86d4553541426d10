/**
 * Read the zod schemas as data: find the schema of a field, its editor-facing description, the
 * fields an object allows, and every reference field in an entry.
 *
 * This is what keeps the schemas the single source of truth: error messages quote the schema's
 * own field descriptions, and the integrity checker learns which fields are references (and what
 * they may point at) from `referenceRegistry` instead of from a second list.
 *
 * It reads `_zod.def`, the structure Zod 4 documents for library authors:
 * https://zod.dev/library-authors
 */
import { z } from 'astro/zod';

type Schema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };

/** A schema's definition, as Zod 4 documents it for library authors. */
export function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

/** The wrapped schema of an optional/default/pipe/… wrapper, or undefined for a leaf or container. */
export function innerOf(schema: Schema): Schema | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def['innerType'] as Schema;
    case 'pipe':
      // For z.preprocess the output side carries the real type; for a transform, the input side.
      return (defOf(def['out'] as Schema).type === 'transform' ? def['in'] : def['out']) as Schema;
    case 'lazy':
      return (def['getter'] as () => Schema)();
    default:
      return undefined;
  }
}

/** Strip wrappers down to the object, array, union or leaf underneath. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let inner = innerOf(current); inner; inner = innerOf(current)) current = inner;
  return current;
}

/** The schema that validates the value at `path` inside `root`, if the path exists. */
export function schemaAtPath(root: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    const base = unwrap(current);
    const def = defOf(base);
    if (def.type === 'object' && typeof key === 'string') {
      current = (def['shape'] as Record<string, Schema>)[key];
    } else if (def.type === 'array' && typeof key === 'number') {
      current = def['element'] as Schema;
    } else {
      return undefined;
    }
  }
  return current;
}

/** The editor-facing description of a field: the first one found from the outside in. */
export function descriptionOf(schema: Schema): string | undefined {
  for (let current: Schema | undefined = schema; current; current = innerOf(current)) {
    const meta = z.globalRegistry.get(current);
    if (meta?.description) return meta.description;
  }
  return undefined;
}

/** The field names an object schema allows, or an empty list when the schema is not an object. */
export function fieldNames(schema: Schema | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? Object.keys(def['shape'] as Record<string, Schema>) : [];
}

/** True when the field may be left out (it is optional or has a default). */
export function isOptionalField(schema: Schema): boolean {
  for (let current: Schema | undefined = schema; current; current = innerOf(current)) {
    const type = defOf(current).type;
    if (type === 'optional' || type === 'default' || type === 'prefault') return true;
  }
  return false;
}

/** A field found in an entry's data whose schema is registered in a registry. */
export interface RegisteredField<Meta, Value> {
  /** Where the value sits, e.g. `['affiliations', 0, 'actor']`. */
  readonly path: readonly (string | number)[];
  readonly value: Value;
  readonly meta: Meta;
}

/**
 * Every value in `data` (already parsed by `schema`) whose schema is registered in `registry`, in
 * document order. This is how the checker finds reference fields and date fields.
 */
export function findRegisteredFields<Meta extends object, Value>(
  schema: Schema,
  data: unknown,
  registry: z.core.$ZodRegistry<Meta>,
  isValue: (value: unknown) => value is Value,
): RegisteredField<Meta, Value>[] {
  const found: RegisteredField<Meta, Value>[] = [];
  const visit = (node: Schema, value: unknown, path: (string | number)[]): void => {
    if (value === undefined || value === null || !mayHoldRegistered(node, registry)) return;
    const meta = registry.get(node);
    if (meta && isValue(value)) {
      found.push({ path: [...path], value, meta: meta as Meta });
      return;
    }
    const inner = innerOf(node);
    if (inner) return visit(inner, value, path);
    const def = defOf(node);
    if (def.type === 'object' && typeof value === 'object') {
      for (const [key, child] of Object.entries(def['shape'] as Record<string, Schema>)) {
        visit(child, (value as Record<string, unknown>)[key], [...path, key]);
      }
    } else if (def.type === 'array' && Array.isArray(value)) {
      value.forEach((item, index) => visit(def['element'] as Schema, item, [...path, index]));
    } else if (def.type === 'union') {
      const option = (def['options'] as Schema[]).find((candidate) => z.safeParse(candidate, value).success);
      if (option) visit(option, value, path);
    }
  };
  visit(schema, data, []);
  return found;
}

/** Per registry, per schema node: whether the node or anything inside it is registered. */
const holdsRegistered = new WeakMap<object, WeakMap<Schema, boolean>>();

/**
 * Whether `node` or any schema inside it is in `registry`, worked out once per node: the walk
 * skips the fields that cannot hold a registered one (most of an entry: its texts, and unions it
 * would otherwise try each option of), which made it the costliest part of a warm check's date
 * rule. A schema met again inside itself (`z.lazy`) counts as holding one, so a cycle never hides
 * a field.
 */
function mayHoldRegistered(node: Schema, registry: { has(schema: Schema): boolean }): boolean {
  let known = holdsRegistered.get(registry);
  if (!known) holdsRegistered.set(registry, (known = new WeakMap()));
  const answer = known.get(node);
  if (answer !== undefined) return answer;
  const inProgress = new Set<Schema>();
  const holds = (current: Schema): boolean => {
    const memo = known.get(current);
    if (memo !== undefined) return memo;
    if (inProgress.has(current)) return true;
    inProgress.add(current);
    const result = registry.has(current) || childrenOf(current).some(holds);
    inProgress.delete(current);
    known.set(current, result);
    return result;
  };
  return holds(node);
}

/** The schemas directly inside a schema: a wrapper's inner one, fields, elements, options. */
function childrenOf(node: Schema): Schema[] {
  const inner = innerOf(node);
  if (inner) return [inner];
  const def = defOf(node);
  if (def.type === 'object') return Object.values(def['shape'] as Record<string, Schema>);
  if (def.type === 'array') return [def['element'] as Schema];
  if (def.type === 'union') return def['options'] as Schema[];
  return [];
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** `affiliations[0].actor` — how a path is written in messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}
