/**
 * Property-based fuzzing of the path from frontmatter to schema to checker: whatever the input,
 * loading and checking return entities or messages, and never throw.
 * https://fast-check.dev/
 */
import fc from 'fast-check';
import '../helpers/fuzz-config.ts';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkLoadedFiles } from '../../src/lib/check-content.ts';
import { loadEntry } from '../../src/lib/content/load-entry.ts';
import { decodeEntryBytes } from '../../src/lib/content/read-content.ts';
import { RULES, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/entity-ref.ts';
import { fieldNames } from '../../src/lib/schema-walk.ts';

const collection = fc.constantFrom(...COLLECTION_NAMES);

/** Ids that are sometimes valid and sometimes hostile. */
const id = fc.oneof(
  fc.constantFrom(
    'apt31',
    'jane-doe',
    'ministry',
    'gov-release',
    'ruritania',
    '../../etc/passwd',
    'APT31',
    '\u0430pt31',
    '',
  ),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
);

/** Values that look like what editors write, or like what breaks things. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    id,
    fc.string(),
    fc.constantFrom(
      '2024-03-25',
      '2024-02-30',
      '2021-08/2022-10',
      '2022-10/2021-08',
      '2010',
      'https://example.org/x',
      'javascript:alert(1)',
      'http://x.y',
    ),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** Frontmatter objects mixing real field names (so schemas go deep) with junk. */
function frontmatterFor(name: CollectionName) {
  const fields = fieldNames(collectionSchemas[name]);
  return fc.dictionary(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 10 })), value, { maxKeys: 12 });
}

const body = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        ':actor[APT31]{#apt31}',
        ':cite[gov-release]',
        ':cite[]',
        ':actor{#x}',
        ':::aside\n',
        '\n\n',
        '> ',
        '- ',
        '<script>x</script>',
        '10:30',
        'note:this',
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

function wellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(Object.keys(RULES)).toContain(d.rule);
  }
}

function load(name: CollectionName, fileName: string, text: string) {
  return loadEntry(
    { collection: name, file: `content/${name}/${fileName}`, absolutePath: `/fuzz/${name}/${fileName}`, fileName },
    text,
  );
}

describe('fuzzing frontmatter → schema → checker', () => {
  it('any text as an entry gives an entity or messages, never an exception', () => {
    fc.assert(
      fc.property(collection, fc.string({ unit: 'grapheme', maxLength: 400 }), (name, text) => {
        const { loaded, diagnostics } = load(name, 'fuzz.md', text);
        wellFormed(diagnostics);
        if (!loaded.entity) expect(diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('any bytes decode to text or to a message naming the line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeEntryBytes('content/actors/x.md', bytes);
        expect(decoded.text !== undefined || decoded.diagnostics.length === 1).toBe(true);
        wellFormed(decoded.diagnostics);
      }),
      { numRuns: 400 },
    );
  });

  it('structured frontmatter and bodies load, and the whole set checks, without an exception', () => {
    const entry = collection.chain((name) =>
      fc.record({ name: fc.constant(name), fileName: id.map((x) => `${x}.md`), data: frontmatterFor(name), body }),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
        const results = entries.map((e) => load(e.name, e.fileName, `---\n${stringify(e.data)}---\n${e.body}`));
        const earlier = results.flatMap((r) => r.diagnostics);
        wellFormed(earlier);
        const checked = checkLoadedFiles(
          results.map((r) => r.loaded),
          earlier,
        );
        wellFormed(checked.diagnostics);
        expect(typeof checked.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
