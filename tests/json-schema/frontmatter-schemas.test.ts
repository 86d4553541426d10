/**
 * The editor's frontmatter JSON Schemas: generated from the zod schemas, they accept every real
 * entry and reject the usual mistakes (as a JSON Schema validator in the editor would: ajv here),
 * list the ids that exist, and are rewritten by `npm run check` of the project's own content.
 * The field reference in content/README.md is generated from the same schemas and must be current.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check-command.ts';
import { currentGuide, GUIDE } from '../../src/cli/schemas-command.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { splitFrontmatter } from '../../src/lib/content/split-frontmatter.ts';
import { loadEntry } from '../../src/lib/content/load-entry.ts';
import { editorEntryKey, editorSchemaFiles, idCatalogOf } from '../../src/lib/json-schema/editor-schema-files.ts';
import { frontmatterJsonSchema } from '../../src/lib/json-schema/frontmatter-schema.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/entity-ref.ts';
import { materialise, PROJECT_ROOT, type TempProject } from '../helpers/fixture-content.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const real = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
const catalog = idCatalogOf(real.files);

const validators = new Map<CollectionName, ValidateFunction>();
function validator(collection: CollectionName): ValidateFunction {
  let validate = validators.get(collection);
  if (!validate) {
    // strictTypes would object to `pattern` on a date that may also be a bare year (a number).
    const ajv = addFormats(new Ajv2020({ strict: true, strictTypes: false, allErrors: true }));
    validate = ajv.compile(frontmatterJsonSchema(collection, catalog));
    validators.set(collection, validate);
  }
  return validate;
}

function frontmatterOf(file: string): unknown {
  const split = splitFrontmatter(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
  if ('problem' in split) throw new Error(split.problem);
  return parseFrontmatter(split.yaml, split.yamlStartLine).data;
}

function errorsFor(collection: CollectionName, data: unknown): string[] {
  const validate = validator(collection);
  return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const projects: TempProject[] = [];
afterAll(() => projects.forEach((project) => project.cleanup()));

describe('frontmatter JSON Schemas', () => {
  it('accept the frontmatter of every real entry', () => {
    expect(real.files.length).toBeGreaterThan(200);
    const rejected = real.files.flatMap((file) =>
      errorsFor(file.collection, frontmatterOf(file.file)).map((error) => `${file.file}: ${error}`),
    );
    expect(rejected).toEqual([]);
  });

  const quote = { speaker: 'oliver-dowden', text: 'T', date: '2024-03-25', occasion: 'O', sources: ['hansard-c'] };
  it.each([
    ['a misspelt field', { ...quote, ocasion: 'O' }, ' must NOT have additional properties'],
    ['a missing required field', { ...quote, occasion: undefined }, " must have required property 'occasion'"],
    [
      'an id that names no actor',
      { ...quote, speaker: 'oliver-dowdem' },
      '/speaker must be equal to one of the allowed values',
    ],
    ['an unknown source', { ...quote, sources: ['hansard'] }, '/sources/0 must be equal to one of the allowed values'],
    ['a date in the wrong order', { ...quote, date: '25/03/2024' }, '/date must match pattern'],
    ['a plain-http address', null, ''],
  ])('reject %s', (_name, data, message) => {
    if (data === null) {
      const source = frontmatterOf('content/sources/fcdo.md') as Record<string, unknown>;
      expect(errorsFor('sources', { ...source, url: 'http://www.gov.uk/x' }).join('\n')).toContain(
        '/url must match pattern "^https://"',
      );
      return;
    }
    expect(errorsFor('quotes', JSON.parse(JSON.stringify(data))).join('\n')).toContain(message);
  });

  it('offer only the kinds of actor a field allows', () => {
    const schema = frontmatterJsonSchema('sanctions', catalog) as { properties: { authority: { enum: string[] } } };
    expect(schema.properties.authority.enum).toContain('uk-fcdo');
    expect(schema.properties.authority.enum).toContain('united-kingdom');
    expect(schema.properties.authority.enum).not.toContain('apt31');
    expect(schema.properties.authority.enum).not.toContain('oliver-dowden');
  });

  it('accept a bare year, which YAML reads as a number', () => {
    const event = frontmatterOf('content/timeline/ec-first-access.md') as Record<string, unknown>;
    expect(errorsFor('timeline', { ...event, date: 2021, precision: 'year' })).toEqual([]);
  });
});

describe('the files for the editor', () => {
  it('map every entry file to its collection and name a schema file for each', () => {
    const files = editorSchemaFiles(real.files, PROJECT_ROOT);
    const manifest = JSON.parse(files.find((file) => file.path.endsWith('/collections.json'))!.text) as {
      collections: { name: string; hasSchema: boolean }[];
      entries: Record<string, string>;
    };
    expect(manifest.collections.map((collection) => collection.name)).toEqual(
      COLLECTION_NAMES.map((name) => `casefile-${name}`),
    );
    for (const { name } of manifest.collections) {
      expect(files.map((file) => file.path)).toContain(`.astro/collections/${name}.schema.json`);
    }
    const apt31 = pathToFileURL(path.join(PROJECT_ROOT, 'content/actors/apt31.md')).href.toLowerCase();
    expect(manifest.entries[apt31]).toBe('casefile-actors');
    // The language server decodes the URL before the lookup: a space is a space, not %20.
    expect(editorEntryKey('/Work/My Story/content/actors/apt31.md')).toBe(
      'file:///work/my story/content/actors/apt31.md',
    );
    expect(Object.keys(manifest.entries)).toHaveLength(real.files.length);
  });

  it('are rewritten by npm run check of the project, with new ids, and not by a check of another folder', async () => {
    const project = materialise();
    projects.push(project);
    const schemaFile = path.join(project.root, '.astro/collections/casefile-quotes.schema.json');
    const silent = () => undefined;

    await checkCommand([project.contentDir], silent, PROJECT_ROOT);
    expect(existsSync(schemaFile)).toBe(false);

    expect(await checkCommand([], silent, project.root)).toBe(0);
    const before = readFileSync(schemaFile, 'utf8');
    expect(before).toContain('"jane-doe"');
    expect(before).not.toContain('"john-roe"');

    project.write(
      'content/actors/john-roe.md',
      '---\nname: John Roe\nkind: person\nrole: R.\nsources: [gov-release]\n---\n',
    );
    await checkCommand([], silent, project.root);
    expect(readFileSync(schemaFile, 'utf8')).toContain('"john-roe"');
  });
});

describe('the field reference in content/README.md', () => {
  it('is current (run npm run schemas after changing a schema)', async () => {
    const guide = readFileSync(path.join(PROJECT_ROOT, GUIDE), 'utf8');
    const current = await currentGuide(guide, PROJECT_ROOT);
    expect(current, 'the markers <!-- fields:start … --> and <!-- fields:end --> are missing').toBeDefined();
    expect(current === guide, 'content/README.md is stale: run npm run schemas').toBe(true);
  });

  it('lists every field, with the precision values and what a date may mean', async () => {
    const guide = readFileSync(path.join(PROJECT_ROOT, GUIDE), 'utf8');
    for (const field of ['`titles[].asOf`', '`titles[].organisation`', '`related`', '`about`', '`dateMeaning`']) {
      expect(guide).toContain(field);
    }
    expect(guide).toContain('one of `day`, `month`, `year`, `range`');
    expect(guide).toContain(
      'one of `occurred`, `began`, `ended`, `detected`, `disclosed`, `attributed`, `announced`, `reported`, `published`',
    );
  });

  it('gives an example of every kind of entry, each a valid entry of its folder', () => {
    const guide = readFileSync(path.join(PROJECT_ROOT, GUIDE), 'utf8');
    const examples = [...guide.matchAll(/```md title="content\/(\w+)\/([a-z0-9-]+)\.md"\n([\s\S]*?)\n```/g)];
    expect(examples.map(([, collection]) => collection).sort()).toEqual(
      ['actors', 'quotes', 'sanctions', 'sources', 'timeline'].sort(),
    );
    for (const [, collection, id, text] of examples) {
      const file = `content/${collection}/${id}.md`;
      const { diagnostics } = loadEntry(
        { collection: collection as CollectionName, file, absolutePath: file, fileName: `${id}.md` },
        `${text}\n`,
      );
      expect(diagnostics.map((d) => d.message)).toEqual([]);
    }
  });
});
