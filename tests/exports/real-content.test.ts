/**
 * Every /data/ file generated from the real content, read back with consumers' parsers: each JSON
 * file validates against its published schema (ajv), the CSV parses (papaparse) to the same cells,
 * the bibliography parses (citation-js), every count equals the content's, and a second run gives
 * byte-identical files.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent, type CheckedContent } from '../../src/lib/check-content.ts';
import { cellText } from '../../src/lib/exports/csv.ts';
import { csvHeader, csvRow, CSV_COLLECTIONS } from '../../src/lib/exports/csv-tables.ts';
import { buildDataExports, csvPath, entitySchemaPath, type DataExports } from '../../src/lib/exports/files.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/entity-ref.ts';
import { descriptionOf } from '../../src/lib/schema-walk.ts';
import { buildIndex, type IndexableEntity } from '../../src/lib/content-index.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';
import { formatBibliography, parseBibtex, parseCsl, parseCsv, schemaValidators } from './consumers.ts';

const CONTENT = path.join(PROJECT_ROOT, 'content');
let checked: CheckedContent;
let exports: DataExports;

beforeAll(async () => {
  checked = await checkContent({ contentDir: CONTENT, projectRoot: PROJECT_ROOT });
  exports = buildDataExports(checked.index, checked.index.byCollection.story[0]!.data.shortTitle);
});

/** Entries per collection counted from the folders, independently of the index. */
function filesPerFolder(): Record<CollectionName, number> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      readdirSync(path.join(CONTENT, name)).filter((file) => file.endsWith('.md') && file !== 'README.md').length,
    ]),
  ) as Record<CollectionName, number>;
}

/** What citation-js's BibTeX parser makes of a verbatim URL (see the bibliography test). */
function citationJsUrl(url: string): string {
  return decodeURI(url) === url ? encodeURI(url) : url;
}

const json = (file: { body: string }) => JSON.parse(file.body) as Record<string, unknown>;

describe('the /data/ files of the real content', () => {
  it('is valid content to begin with', () => {
    expect(checked.ok).toBe(true);
  });

  it('validates every JSON file against the schema it names, with ajv in strict mode', () => {
    const validatorFor = schemaValidators(exports);
    const withSchema = exports.files.filter((file) => file.schema !== null);
    expect(withSchema.length).toBe(1 + COLLECTION_NAMES.length + checked.index.all.length);
    for (const file of withSchema) {
      const validate = validatorFor(file.schema!);
      expect(validate(json(file)), `${file.path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
    // Each schema is itself a JSON Schema draft 2020-12 document.
    for (const file of exports.files.filter((entry) => entry.format === 'JSON Schema')) {
      expect(json(file)['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('rejects records the schema forbids, so the validation above can fail', () => {
    const validate = schemaValidators(exports)(entitySchemaPath('timeline'));
    const record = json(exports.byPath.get(`data/timeline/${checked.index.byCollection.timeline[0]!.id}.json`)!);
    const data = record['data'] as Record<string, unknown>;
    expect(validate(record)).toBe(true);
    expect(validate({ ...record, data: { ...data, date: '25/03/2024' } })).toBe(false);
    expect(validate({ ...record, data: { ...data, actors: ['apt31'] } })).toBe(false);
    expect(validate({ ...record, id: 'Not An Id' })).toBe(false);
    expect(validate({ ...record, extra: true })).toBe(false);
    const source = json(exports.byPath.get(`data/sources/${checked.index.byCollection.sources[0]!.id}.json`)!);
    const validateSource = schemaValidators(exports)(entitySchemaPath('sources'));
    const sourceData = source['data'] as Record<string, unknown>;
    expect(validateSource({ ...source, data: { ...sourceData, url: 'http://example.com/' } })).toBe(false);
    expect(validateSource({ ...source, data: { ...sourceData, url: 'javascript:alert(1)' } })).toBe(false);
  });

  it('counts what the content holds, in index.json, the collection files, the tables and the bibliography', async () => {
    const expected = filesPerFolder();
    const index = json(exports.byPath.get('data/index.json')!);
    expect(index['counts']).toEqual(expected);
    for (const collection of COLLECTION_NAMES) {
      const file = json(exports.byPath.get(`data/${collection}.json`)!);
      expect(file['count'], collection).toBe(expected[collection]);
      expect((file['records'] as unknown[]).length, collection).toBe(expected[collection]);
      const entryFiles = exports.files.filter((entry) => entry.group === 'entry' && entry.collection === collection);
      expect(entryFiles.length, collection).toBe(expected[collection]);
    }
    for (const collection of CSV_COLLECTIONS) {
      expect(parseCsv(exports.byPath.get(csvPath(collection))!.body).length - 1, collection).toBe(expected[collection]);
    }
    expect(parseCsl(exports.byPath.get('data/sources.csl.json')!.body)).toHaveLength(expected.sources);
    expect(await parseBibtex(exports.byPath.get('data/sources.bib')!.body)).toHaveLength(expected.sources);
  });

  it('lists every other file in index.json with its true size and record count', () => {
    const index = json(exports.byPath.get('data/index.json')!);
    const listed = index['files'] as { path: string; bytes: number; records: number | null; schema: string | null }[];
    expect(listed.map((entry) => entry.path)).toEqual(exports.files.slice(1).map((file) => `/${file.path}`));
    for (const entry of listed) {
      const file = exports.byPath.get(entry.path.slice(1))!;
      expect(entry.bytes, entry.path).toBe(Buffer.byteLength(file.body, 'utf8'));
      expect(entry.records, entry.path).toBe(file.records);
      if (entry.schema) expect(exports.byPath.has(entry.schema.slice(1)), entry.schema).toBe(true);
    }
    expect(index['contentVersion']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(index['citation']).toContain(index['contentVersion'] as string);
  });

  it('resolves every reference to the id, name and page of an existing entry', () => {
    const pages = new Set(
      checked.index.all.map(
        (entity) => `/${entity.collection === 'story' ? '' : `${entity.collection}/${entity.id}/`}`,
      ),
    );
    let references = 0;
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (value === null || typeof value !== 'object') return;
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object).sort().join(',');
      if (keys === 'id,name,url') {
        references += 1;
        expect(checked.index.byId.has(object['id'] as string), String(object['id'])).toBe(true);
        expect(typeof object['name']).toBe('string');
        expect(pages.has(object['url'] as string), String(object['url'])).toBe(true);
        return;
      }
      Object.values(object).forEach(visit);
    };
    for (const collection of COLLECTION_NAMES) {
      for (const record of json(exports.byPath.get(`data/${collection}.json`)!)['records'] as Record<
        string,
        unknown
      >[]) {
        visit(record['data']);
        visit(record['citedInBody']);
      }
    }
    expect(references).toBeGreaterThan(500);
  });

  it('parses each CSV back, with papaparse, to exactly the cells the tables define', () => {
    for (const collection of CSV_COLLECTIONS) {
      const file = exports.byPath.get(csvPath(collection))!;
      const [header, ...rows] = parseCsv(file.body);
      expect(header, collection).toEqual(csvHeader(collection));
      const entities = checked.index.byCollection[collection] as readonly IndexableEntity<typeof collection>[];
      expect(rows).toEqual(entities.map((entity) => csvRow(entity).map(cellText)));
      // Every line break outside quoted fields is CRLF.
      expect(file.body.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/[^\r]\n|\r[^\n]/);
    }
  });

  it('gives citation-js a bibliography with the source ids as keys, and CSL items a processor can format', async () => {
    const sources = checked.index.byCollection.sources;
    const csl = parseCsl(exports.byPath.get('data/sources.csl.json')!.body);
    expect(csl.map((item) => item['id'])).toEqual(sources.map((source) => source.id));
    expect(csl.map((item) => item['title'])).toEqual(sources.map((source) => source.data.title));
    const bib = await parseBibtex(exports.byPath.get('data/sources.bib')!.body);
    expect(bib.map((item) => item['citation-key'])).toEqual(sources.map((source) => source.id));
    expect(bib.map((item) => item['title'])).toEqual(sources.map((source) => source.data.title));
    // citation-js runs encodeURI over a URL that decodeURI leaves alone, so an escaped reserved
    // character (%2F) comes back double-encoded; the file holds the URL verbatim, as BibTeX wants.
    expect(bib.map((item) => item['URL'])).toEqual(
      sources.map((source) => (source.data.url === undefined ? undefined : citationJsUrl(source.data.url))),
    );
    const fcdo = bib.find((item) => item['citation-key'] === 'fcdo');
    expect(fcdo?.['issued']).toEqual({ 'date-parts': [[2024, 3, 25]] });
    // citeproc is slow; one item of each CSL type shows every type formats.
    const oneOfEachType = [...new Map(csl.map((item) => [item['type'], item])).values()];
    const formatted = formatBibliography(oneOfEachType);
    for (const item of oneOfEachType) expect(formatted).toContain(String(item['URL']));
  });

  it("carries every field's editor-facing description into the published JSON Schema", () => {
    let checkedFields = 0;
    const walk = (zodSchema: z.core.$ZodType, jsonSchema: Record<string, unknown>, where: string): void => {
      const expected = descriptionOf(zodSchema);
      if (expected) {
        expect(String(jsonSchema['description']), where).toContain(expected);
        checkedFields += 1;
      }
      let node = zodSchema;
      for (;;) {
        const def = node._zod.def as unknown as { type: string; innerType?: z.core.$ZodType };
        if (def.innerType && ['optional', 'default', 'nullable'].includes(def.type)) node = def.innerType;
        else break;
      }
      const def = node._zod.def as unknown as {
        type: string;
        shape?: Record<string, z.core.$ZodType>;
        element?: z.core.$ZodType;
      };
      if (def.type === 'object' && jsonSchema['type'] === 'object') {
        const properties = jsonSchema['properties'] as Record<string, Record<string, unknown>>;
        for (const [key, child] of Object.entries(def.shape!)) {
          expect(properties[key], `${where}.${key}`).toBeDefined();
          walk(child, properties[key]!, `${where}.${key}`);
        }
      } else if (def.type === 'array' && jsonSchema['type'] === 'array') {
        walk(def.element!, jsonSchema['items'] as Record<string, unknown>, `${where}[]`);
      }
    };
    for (const collection of COLLECTION_NAMES) {
      const schema = json(exports.byPath.get(entitySchemaPath(collection))!);
      const data = (schema['properties'] as Record<string, Record<string, unknown>>)['data']!;
      walk(collectionSchemas[collection], data, collection);
    }
    expect(checkedFields).toBeGreaterThan(100);
  });

  it('is byte-identical when generated again', () => {
    const again = buildDataExports(checked.index, checked.index.byCollection.story[0]!.data.shortTitle);
    expect(again.files.map((file) => file.path)).toEqual(exports.files.map((file) => file.path));
    for (const [index, file] of exports.files.entries()) {
      expect(again.files[index]!.body === file.body, file.path).toBe(true);
    }
    expect(again.contentVersion).toBe(exports.contentVersion);
  });

  it('does not depend on the order entries are read in or the order their fields are written in', () => {
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, item]) => [key, reversed(item)]),
      );
    };
    const shuffled = buildIndex(
      [...checked.index.all].reverse().map((entity) => ({ ...entity, data: reversed(entity.data) }) as typeof entity),
    );
    const again = buildDataExports(shuffled, checked.index.byCollection.story[0]!.data.shortTitle);
    expect(again.files.every((file, index) => file.body === exports.files[index]!.body)).toBe(true);
  });

  it('lists a file another export generates (the STIX bundle) with the rest', () => {
    const body = '{"type":"bundle"}\n';
    const withStix = buildDataExports(checked.index, 'X', '/', [
      {
        path: 'data/casefile.stix.json',
        format: 'STIX 2.1',
        mediaType: 'application/json',
        body,
        records: 1,
        schema: null,
      },
    ]);
    const index = JSON.parse(withStix.byPath.get('data/index.json')!.body) as {
      files: { path: string; bytes: number }[];
    };
    expect(index.files.find((file) => file.path === '/data/casefile.stix.json')?.bytes).toBe(body.length);
    expect(withStix.byPath.get('data/casefile.stix.json')?.group).toBe('other');
  });

  it('puts the site base in every path, but keeps the content version of the content alone', () => {
    const based = buildDataExports(checked.index, 'X', '/casefile/');
    expect(based.contentVersion).toBe(exports.contentVersion);
    const index = JSON.parse(based.byPath.get('data/index.json')!.body) as {
      files: { path: string; schema: string | null }[];
    };
    expect(index.files.every((file) => file.path.startsWith('/casefile/data/'))).toBe(true);
    const apt31 = JSON.parse(based.byPath.get('data/actors/apt31.json')!.body) as {
      url: string;
      data: { country: { url: string } };
    };
    expect(apt31.url).toBe('/casefile/actors/apt31/');
    expect(apt31.data.country.url).toBe('/casefile/actors/china/');
  });
});
