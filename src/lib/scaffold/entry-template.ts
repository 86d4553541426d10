/**
 * The text of a new entry, made from its collection's zod schema: every required field, each
 * under a one-line hint that is the field's own `.describe()` text, and a body skeleton with an
 * empty `:cite[]`.
 *
 * Nothing is invented. The name, sources and date the editor gave are filled in (and a timeline
 * event's `precision`, which follows from how its date is written); every other field is left
 * empty, so `npm run check` answers with the field, what to write and, for choices, the allowed
 * values, until the editor has filled it in.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { collectionSchemas } from '../../schemas/collections.ts';
import { descriptionOf, defOf, fieldNames, isOptionalField, schemaAtPath, unwrap } from '../schema-walk.ts';
import { DATE_FIELD, NAME_FIELD, type ScaffoldCollection } from './entry-kinds.ts';

export interface EntryRequest {
  readonly collection: ScaffoldCollection;
  /** The name or title as the editor typed it; for a quote, only a label for its id. */
  readonly name: string;
  /** Source ids, already known to exist. */
  readonly sources: readonly string[];
  /** A partial ISO date, already valid. */
  readonly date?: string | undefined;
}

/**
 * Optional fields that nearly every entry of a kind needs, so they are written too: a measure
 * needs targets unless it is guidance, a web source needs its url, and so on.
 */
const ALSO_WRITTEN: Record<ScaffoldCollection, readonly string[]> = {
  actors: ['sources'],
  sanctions: ['targets', 'announced', 'sources'],
  quotes: ['about', 'sources'],
  timeline: ['actors', 'sources'],
  sources: ['url', 'published'],
};

/** What the body is for; a source has no body (it is the document, described in frontmatter). */
const BODY_HINTS: Record<ScaffoldCollection, string | undefined> = {
  actors: 'Who or what this is and the part it plays in the story, in our own words.',
  sanctions: 'What the measure does, who imposed it on whom and why, in our own words.',
  quotes: 'The context of the quote: who said it, when, where and in answer to what, in our own words.',
  timeline: 'What happened, in our own words.',
  sources: undefined,
};

/** How precise a date is, as written: the one value `precision` may take for it. */
export function precisionOf(date: string): 'day' | 'month' | 'year' | 'range' {
  if (date.includes('/')) return 'range';
  if (date.length === 10) return 'day';
  return date.length === 7 ? 'month' : 'year';
}

function yamlValue(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** The one-line hint for a field: its description, and the allowed values when it does not list them. */
export function fieldHint(schema: z.core.$ZodType): string {
  const description = (descriptionOf(schema) ?? '').replace(/\s+/g, ' ').trim();
  const base = defOf(unwrap(schema));
  if (base.type === 'enum') {
    const values = Object.values(base['entries'] as Record<string, string>);
    if (!values.every((value) => description.includes(value)))
      return `${description} One of: ${values.join(', ')}.`.trim();
  }
  return description;
}

function isList(schema: z.core.$ZodType): boolean {
  return defOf(unwrap(schema)).type === 'array';
}

/** The text of the new file. */
export function entryTemplate(request: EntryRequest): string {
  const { collection } = request;
  const schema = collectionSchemas[collection] as z.core.$ZodType;
  const extra = new Set(ALSO_WRITTEN[collection]);
  const lines = ['---'];
  for (const field of fieldNames(schema)) {
    const fieldSchema = schemaAtPath(schema, [field]);
    if (!fieldSchema || (isOptionalField(fieldSchema) && !extra.has(field))) continue;
    const value = valueFor(request, field, fieldSchema);
    // An optional field left empty is an error too: say that deleting it is the other way out.
    const optional = isOptionalField(fieldSchema) && value === '' ? ' Delete this line if it does not apply.' : '';
    lines.push(`# ${fieldHint(fieldSchema)}${optional}`, `${field}:${value}`);
  }
  lines.push('---', '');
  const hint = BODY_HINTS[collection];
  if (hint)
    lines.push(`<!-- ${hint} End each claim with :cite[source-id]; see content/README.md. -->`, '', ':cite[]', '');
  return lines.join('\n');
}

function valueFor(request: EntryRequest, field: string, schema: z.core.$ZodType): string {
  const { collection, date } = request;
  if (field === NAME_FIELD[collection]) return ` ${yamlValue(request.name)}`;
  if (field === 'sources') return ` [${request.sources.join(', ')}]`;
  if (date !== undefined && field === DATE_FIELD[collection]) return ` ${date}`;
  if (date !== undefined && collection === 'timeline' && field === 'precision') return ` ${precisionOf(date)}`;
  return isList(schema) ? ' []' : '';
}
