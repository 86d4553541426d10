/**
 * Every file under `/data/`, generated in one pass from the content index: the endpoints serve
 * these strings, the `/data/` page lists them with their sizes, and `index.json` describes them.
 * Built once per build (src/site/data-view.ts caches it) and by the tests directly.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { latestDate, lastUpdated } from '../update-log.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/entity-ref.ts';
import { bibtexFile } from './bibtex.ts';
import { cslJson } from './csl.ts';
import { collectionCsv, CSV_COLLECTIONS } from './csv-tables.ts';
import {
  collectionFile,
  collectionFileSchema,
  contentVersion,
  formatJson,
  indexFileSchema,
  type FileListEntry,
  type IndexFile,
} from './json.ts';
import { publishedJsonSchema } from './json-schema.ts';
import { ENTITY_NAMES, recordSchemaFor } from './record-schema.ts';
import { recordsByCollection } from './records.ts';

/** The licence of the data. Quotes and document titles are the words of their authors, quoted. */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export type ExportFormat = 'JSON' | 'JSON Schema' | 'CSV' | 'CSL-JSON' | 'BibTeX' | (string & {});

/** What a file is, for grouping on the /data/ page. */
export type ExportGroup = 'index' | 'collection' | 'entry' | 'table' | 'bibliography' | 'other' | 'schema';

/**
 * A file another export generates (e.g. the STIX bundle), listed in index.json and on /data/ with
 * the rest. Its own endpoint serves it; this only describes it.
 */
export interface ExtraExportFile {
  readonly path: string;
  readonly format: string;
  readonly mediaType: string;
  readonly body: string;
  readonly records: number | null;
  readonly schema: string | null;
}

export interface ExportFile {
  /** Path below the site base, e.g. "data/actors.json". */
  readonly path: string;
  readonly format: ExportFormat;
  readonly mediaType: string;
  readonly group: ExportGroup;
  /** The collection the file holds, if it holds one. */
  readonly collection?: CollectionName;
  readonly body: string;
  /** Records (entries, rows or items) in the file; null for schemas. */
  readonly records: number | null;
  /** Path below the site base of the JSON Schema the file validates against. */
  readonly schema: string | null;
  /** Size in bytes of `body` as UTF-8: what the server sends. */
  readonly bytes: number;
}

export interface DataExports {
  readonly contentVersion: string;
  readonly counts: Readonly<Record<CollectionName, number>>;
  /** Every file, `index.json` first, then in a fixed order. */
  readonly files: readonly ExportFile[];
  readonly byPath: ReadonlyMap<string, ExportFile>;
  readonly citation: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';

const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');

function file(fields: Omit<ExportFile, 'bytes'>): ExportFile {
  return { ...fields, bytes: bytesOf(fields.body) };
}

export const INDEX_PATH = 'data/index.json';
export const INDEX_SCHEMA_PATH = 'data/schema/index.schema.json';
export const entitySchemaPath = (collection: CollectionName) => `data/schema/${ENTITY_NAMES[collection]}.schema.json`;
export const collectionSchemaPath = (collection: CollectionName) => `data/schema/${collection}.collection.schema.json`;
export const collectionJsonPath = (collection: CollectionName) => `data/${collection}.json`;
export const entryJsonPath = (collection: CollectionName, id: string) => `data/${collection}/${id}.json`;
export const csvPath = (collection: CollectionName) => `data/${collection}.csv`;
export const CSL_PATH = 'data/sources.csl.json';
export const BIBTEX_PATH = 'data/sources.bib';

/** How to cite the dataset: its name, the content version and the licence. */
export function datasetCitation(siteName: string, version: string, base = '/'): string {
  return `${siteName}: casefile dataset, content version ${version}, ${base}${INDEX_PATH}. Licensed ${DATA_LICENCE.name}.`;
}

/**
 * Every file under /data/.
 *
 * @param siteName the story's short title, used in the citation
 * @param base the site base ("/" or "/casefile/"); paths in the files start with it
 * @param extra files other exports generate, to list with these (group "other")
 */
export function buildDataExports<E extends IndexableEntity>(
  index: ContentIndex<E>,
  siteName: string,
  base = '/',
  extra: readonly ExtraExportFile[] = [],
): DataExports {
  const root = base.endsWith('/') ? base : `${base}/`;
  const records = recordsByCollection(index, root);
  // The version hashes the content, not the deployment: records with site-root paths, whatever the base.
  const version = contentVersion(root === '/' ? records : recordsByCollection(index, '/'));
  const at = (path: string) => `${root}${path}`;
  const files: ExportFile[] = [];

  for (const collection of COLLECTION_NAMES) {
    const list = records[collection];
    files.push(
      file({
        path: collectionJsonPath(collection),
        format: 'JSON',
        mediaType: JSON_TYPE,
        group: 'collection',
        collection,
        body: formatJson(collectionFile(collection, list, version, at(entitySchemaPath(collection)))),
        records: list.length,
        schema: collectionSchemaPath(collection),
      }),
    );
  }
  for (const collection of CSV_COLLECTIONS) {
    files.push(
      file({
        path: csvPath(collection),
        format: 'CSV',
        mediaType: 'text/csv; charset=utf-8; header=present',
        group: 'table',
        collection,
        body: collectionCsv(
          collection,
          index.byCollection[collection] as readonly IndexableEntity<typeof collection>[],
          root,
        ),
        records: index.byCollection[collection].length,
        schema: null,
      }),
    );
  }
  const sources = index.byCollection.sources as readonly IndexableEntity<'sources'>[];
  files.push(
    file({
      path: CSL_PATH,
      format: 'CSL-JSON',
      mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
      group: 'bibliography',
      collection: 'sources',
      body: cslJson(sources),
      records: sources.length,
      schema: null,
    }),
    file({
      path: BIBTEX_PATH,
      format: 'BibTeX',
      mediaType: 'application/x-bibtex; charset=utf-8',
      group: 'bibliography',
      collection: 'sources',
      body: bibtexFile(sources),
      records: sources.length,
      schema: null,
    }),
  );
  for (const other of extra) files.push(file({ ...other, group: 'other' }));
  for (const collection of COLLECTION_NAMES) {
    const entity = ENTITY_NAMES[collection];
    files.push(
      file({
        path: entitySchemaPath(collection),
        format: 'JSON Schema',
        mediaType: SCHEMA_TYPE,
        group: 'schema',
        collection,
        body: formatJson(publishedJsonSchema(recordSchemaFor(collection), `casefile ${entity} record`)),
        records: null,
        schema: null,
      }),
      file({
        path: collectionSchemaPath(collection),
        format: 'JSON Schema',
        mediaType: SCHEMA_TYPE,
        group: 'schema',
        collection,
        body: formatJson(
          publishedJsonSchema(collectionFileSchema(collection), `casefile ${collection} collection file`),
        ),
        records: null,
        schema: null,
      }),
    );
  }
  files.push(
    file({
      path: INDEX_SCHEMA_PATH,
      format: 'JSON Schema',
      mediaType: SCHEMA_TYPE,
      group: 'schema',
      body: formatJson(publishedJsonSchema(indexFileSchema, 'casefile data index')),
      records: null,
      schema: null,
    }),
  );
  for (const collection of COLLECTION_NAMES) {
    for (const record of records[collection]) {
      files.push(
        file({
          path: entryJsonPath(collection, record.id),
          format: 'JSON',
          mediaType: JSON_TYPE,
          group: 'entry',
          collection,
          body: formatJson(record),
          records: 1,
          schema: entitySchemaPath(collection),
        }),
      );
    }
  }

  const counts = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, records[name].length])) as Record<
    CollectionName,
    number
  >;
  const citation = datasetCitation(siteName, version, root);
  const listed: FileListEntry[] = files.map((entry) => ({
    path: at(entry.path),
    format: entry.format,
    mediaType: entry.mediaType,
    records: entry.records,
    bytes: entry.bytes,
    schema: entry.schema === null ? null : at(entry.schema),
  }));
  const indexFile: IndexFile = {
    title: `${siteName}: casefile dataset`,
    licence: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    citation,
    contentVersion: version,
    lastUpdated: latestDate(index.all.map((entity) => lastUpdated(entity.data))) ?? null,
    counts,
    files: listed,
  };
  files.unshift(
    file({
      path: INDEX_PATH,
      format: 'JSON',
      mediaType: JSON_TYPE,
      group: 'index',
      body: formatJson(indexFile),
      records: files.length,
      schema: INDEX_SCHEMA_PATH,
    }),
  );

  return {
    contentVersion: version,
    counts,
    files,
    byPath: new Map(files.map((entry) => [entry.path, entry])),
    citation,
  };
}
