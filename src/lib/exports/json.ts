/**
 * The JSON files under `/data/`: one per collection, one per entry, and the content version that
 * ties them together. Output is deterministic: records come in the index's reading order, keys in
 * schema order, and nothing depends on the clock or the file system.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/entity-ref.ts';
import type { ExportRecord } from './records.ts';
import { recordSchemaFor } from './record-schema.ts';

/** Pretty-printed JSON with a final newline, as every JSON file is published. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const entries = Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/**
 * The content version: `sha256:` and the hex SHA-256 of the canonical JSON of every published
 * record. It changes when any published field changes (an edit to a body is announced through the
 * entry's update log, which is a field), and never because a build ran at another time.
 */
export function contentVersion(records: Readonly<Record<CollectionName, readonly ExportRecord[]>>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(records)).digest('hex')}`;
}

const CONTENT_VERSION = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/)
  .describe('A hash of the published content ("sha256:…"): equal versions mean equal data. Cite it with the data.');

/** The shape of `/data/<collection>.json`. */
export function collectionFileSchema(collection: CollectionName) {
  return z
    .strictObject({
      collection: z.literal(collection).describe('The collection the records belong to.'),
      recordSchema: z.string().describe('The path of the JSON Schema that each record satisfies.'),
      contentVersion: CONTENT_VERSION,
      count: z.int().nonnegative().describe('How many records the file holds.'),
      records: z.array(recordSchemaFor(collection)).describe('Every entry of the collection, in reading order.'),
    })
    .describe(`Every entry of the ${collection} collection as a published record.`);
}

export interface CollectionFile {
  readonly collection: CollectionName;
  readonly recordSchema: string;
  readonly contentVersion: string;
  readonly count: number;
  readonly records: readonly ExportRecord[];
}

export function collectionFile(
  collection: CollectionName,
  records: readonly ExportRecord[],
  version: string,
  schemaPath: string,
): CollectionFile {
  return { collection, recordSchema: schemaPath, contentVersion: version, count: records.length, records };
}

/** One entry of the file list in `/data/index.json`. */
export const fileListEntrySchema = z.strictObject({
  path: z.string().describe('Where the file is, as a path from the site root.'),
  format: z.string().describe('The format, e.g. "JSON", "CSV", "CSL-JSON", "BibTeX" or "JSON Schema".'),
  mediaType: z.string().describe('Its media type, e.g. "text/csv; charset=utf-8".'),
  records: z
    .int()
    .nonnegative()
    .nullable()
    .describe('How many records (entries, rows, items) it holds; null for schemas.'),
  bytes: z.int().nonnegative().describe('Its size in bytes.'),
  schema: z.string().nullable().describe('The path of the JSON Schema it validates against, if it has one.'),
});

export type FileListEntry = z.output<typeof fileListEntrySchema>;

/** The shape of `/data/index.json`. */
export const indexFileSchema = z
  .strictObject({
    title: z.string().describe('What the dataset is.'),
    licence: z
      .strictObject({
        name: z.string().describe('The licence of the data, e.g. "CC BY 4.0".'),
        url: z.string().describe('Where the licence text is.'),
      })
      .describe('The licence the data is published under.'),
    citation: z.string().describe('How to cite the dataset, with its content version.'),
    contentVersion: CONTENT_VERSION,
    lastUpdated: z
      .string()
      .nullable()
      .describe('The latest date in any update log of the content; null if nothing was ever updated.'),
    counts: z
      .record(z.string(), z.int().nonnegative())
      .describe('How many entries each collection has, by collection name.'),
    files: z.array(fileListEntrySchema).describe('Every other file under /data/, in a fixed order.'),
  })
  .describe('The index of the casefile dataset: counts, files and the content version.');

export type IndexFile = z.output<typeof indexFileSchema>;
