/**
 * JSON Schema (draft 2020-12) for the published files, generated with Zod 4's `z.toJSONSchema`
 * from the record schemas, which are themselves derived from the entity schemas: the
 * editor-facing `.describe()` texts come out as `description`.
 *
 * What JSON Schema cannot express is handled here, in one place:
 * - partial dates are `z.preprocess` + `superRefine`; they become a string with the date grammar as
 *   a `pattern` (the calendar check, "no 31 April", stays with the content checker);
 * - https addresses are a `superRefine`; they keep `format: "uri"` and gain `pattern: "^https://"`;
 * - anything else unrepresentable becomes `{}` (accept anything) instead of throwing.
 */
import { z } from 'astro/zod';
import { dateRegistry, SINGLE_DATE_PATTERN } from '../../schemas/partial-date.ts';

/** The single-date grammar without its anchors, e.g. `(\d{4})(?:-(\d{2})…)?`. */
const SINGLE_DATE = SINGLE_DATE_PATTERN.source.replace(/^\^/, '').replace(/\$$/, '');

/** JSON Schema patterns for partial dates, built from the schema's own grammar. */
export const DATE_PATTERNS = {
  single: `^${SINGLE_DATE}$`,
  singleOrRange: `^${SINGLE_DATE}(?:/${SINGLE_DATE})?$`,
} as const;

export type JsonSchema = Record<string, unknown>;

/** What the one converter needs to know besides the zod schema. */
export interface JsonSchemaOptions {
  /** `output` for published files (defaults filled in), `input` for what an editor writes. */
  readonly io: 'input' | 'output';
  /** A further rewrite of each generated node, after partial dates and addresses are mapped. */
  readonly override?: (zodSchema: z.core.$ZodType, jsonSchema: JsonSchema) => void;
}

/**
 * The one zod → JSON Schema conversion: the published `/data/` schemas and the editor's
 * frontmatter schemas (src/lib/json-schema/) both go through it.
 */
export function toJsonSchema(schema: z.ZodType, title: string, options: JsonSchemaOptions): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: options.io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const date = dateRegistry.get(zodSchema);
      if (date) {
        jsonSchema.type = 'string';
        jsonSchema.pattern = date.allowRange ? DATE_PATTERNS.singleOrRange : DATE_PATTERNS.single;
      }
      if (jsonSchema.format === 'uri' && jsonSchema.type === 'string') jsonSchema.pattern = '^https://';
      options.override?.(zodSchema, jsonSchema as JsonSchema);
    },
  }) as JsonSchema;
  // `~standard` is zod's own interface object, not part of the published schema.
  const { $schema, ...rest } = generated;
  delete rest['~standard'];
  return { $schema, title, ...rest };
}

/** The JSON Schema of a published file whose shape `schema` describes. */
export function publishedJsonSchema(schema: z.ZodType, title: string): JsonSchema {
  return toJsonSchema(schema, title, { io: 'output' });
}
